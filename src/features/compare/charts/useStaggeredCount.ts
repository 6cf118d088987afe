import { startTransition, useEffect, useState } from 'react';

/**
 * Counts from 0 up to `total`, one step per task after each commit. Compare mounts its charts
 * one by one with it: a Recharts chart costs tens of milliseconds to lay out on a phone, and four
 * in one task block input for the sum of them. Every chart is still drawn right after load,
 * whatever is on screen; the space of the ones still to come is reserved, so nothing shifts.
 */
export function useStaggeredCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    // A macrotask, not a microtask: the browser can paint and handle input between two charts.
    const id = setTimeout(() => startTransition(() => setCount((c) => c + 1)));
    return () => clearTimeout(id);
  }, [count, total]);
  return count;
}
