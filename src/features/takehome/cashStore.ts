import { useSyncExternalStore } from 'react';

/**
 * After-tax cash per offer id for Score on take-home, published by the take-home code once it has
 * loaded (see useTakeHome) and read by Compare's summary. Tiny on purpose: it is in the first-render
 * JS, the tax code is not. Null until computed.
 */
let current: Readonly<Record<string, number>> | null = null;
let currentText = 'null';
const listeners = new Set<() => void>();

export function publishCashAfterTax(next: Readonly<Record<string, number>> | null): void {
  const text = JSON.stringify(next);
  if (text === currentText) return; // same figures: no re-render, no re-score
  current = next;
  currentText = text;
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => current;

export function useCashAfterTax(): Readonly<Record<string, number>> | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
