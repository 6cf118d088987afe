import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element (ResizeObserver), so the strip chart is drawn at its real size and its
 * text stays legible on a phone. `fallback` until measured (and in tests without the observer).
 */
export function useWidth<T extends Element>(fallback: number): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const next = new ResizeObserver((entries) =>
      setWidth(Math.round(entries[0]!.contentRect.width)),
    );
    next.observe(node);
    observer.current = next;
  }, []);
  return [ref, width > 0 ? width : fallback];
}
