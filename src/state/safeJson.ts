/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys at every depth, so data
 * from a file, a link or storage can never reach an object's prototype when it is later copied.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function safeJsonParse(text: string): unknown {
  // A reviver that returns undefined deletes the key from its parent object.
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}
