import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver. Charts are drawn at this width
 * with explicit numbers, so each is rendered once at its real size (ResponsiveContainer renders
 * first without a size, then again, and a chart reading its width back renders a third time).
 * Returns 0 until the element is measured.
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    // One element observed: its entry is always the first. Whole pixels, as ResponsiveContainer
    // gave: Recharts lays out a fractional width noticeably slower.
    const next = new ResizeObserver((entries) =>
      setWidth(Math.round(entries[0]!.contentRect.width)),
    );
    next.observe(node);
    observer.current = next;
  }, []);
  return [ref, width];
}
