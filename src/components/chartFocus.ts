import { useEffect, useRef } from 'react';

/**
 * Recharts draws layers into `<g>` elements through React portals, and React listens for focus
 * events on every portal container; Chromium makes an SVG element with focus listeners a tab
 * stop. So each chart added about four anonymous tab stops. An explicit tabindex="-1" keeps them
 * out of the tab order (the chart's table is the keyboard's way to its figures).
 */
const LAYERS = 'svg g[class*="recharts-zIndex-layer"]:not([tabindex])';

function untab(root: Element) {
  for (const layer of root.querySelectorAll(LAYERS)) layer.setAttribute('tabindex', '-1');
}

/** Attach to the element around a chart: its layers, also those added later, never take Tab. */
export function useNoChartTabStops<T extends Element>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    untab(root);
    const observer = new MutationObserver(() => untab(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return ref;
}
