/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys at every depth, so data
 * from a file, a link or storage can never reach an object's prototype when it is later copied.
 * Text nested deeper than MAX_JSON_DEPTH is refused before parsing (a workspace is about 8 levels
 * deep; 5,000 levels would overflow the reviver's stack and read as "not valid JSON").
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_JSON_DEPTH = 64;

export class JsonTooDeepError extends Error {
  override name = 'JsonTooDeepError';
  constructor() {
    super(`it is nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
}

/** The deepest nesting of [ and { outside strings (a scan, no recursion). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

export function safeJsonParse(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new JsonTooDeepError();
  // A reviver that returns undefined deletes the key from its parent object.
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}
