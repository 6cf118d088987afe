/**
 * How the comp components of a stacked bar look: base solid in the offer's color, the others
 * striped, dotted or hatched in that color over a faint tint. The shape tells components apart
 * (so the legend, drawn in the text color, maps to every offer's bars) and every segment keeps
 * the offer's full color, at least 3:1 against the light and dark backgrounds (WCAG 1.4.11).
 */
import type { CompComponent } from './chartData';

/** The legend's patterns use this key instead of an offer index. */
export const LEGEND_KEY = 'legend';
const LEGEND_COLOR = 'var(--fg-muted)';

const patternId = (component: CompComponent, key: number | typeof LEGEND_KEY) =>
  `comp-fill-${component}-${key}`;

/** The fill for one component of one offer's bar (or of the legend's swatch). */
export function componentFill(
  component: CompComponent,
  key: number | typeof LEGEND_KEY,
  color: string,
): string {
  return component === 'base' ? color : `url(#${patternId(component, key)})`;
}

/** The three patterns of one color: tiles in user space so stripes line up across segments. */
function Patterns({ keyName, color }: { keyName: number | typeof LEGEND_KEY; color: string }) {
  return (
    <>
      <pattern
        id={patternId('bonus', keyName)}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="5" height="5" fill={color} fillOpacity={0.35} />
        <rect width="2.5" height="5" fill={color} />
      </pattern>
      <pattern id={patternId('signOn', keyName)} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={color} fillOpacity={0.2} />
        <circle cx="2.5" cy="2.5" r="1.5" fill={color} />
      </pattern>
      <pattern
        id={patternId('equity', keyName)}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="6" height="6" fill={color} fillOpacity={0.12} />
        <rect width="1.6" height="6" fill={color} />
      </pattern>
    </>
  );
}

/** The patterns for these offers and for the legend, drawn once for the whole page. */
export function ComponentPatternDefs({
  offers,
}: {
  offers: readonly { index: number; color: string }[];
}) {
  return (
    <svg className="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <Patterns keyName={LEGEND_KEY} color={LEGEND_COLOR} />
        {offers.map((o) => (
          <Patterns key={o.index} keyName={o.index} color={o.color} />
        ))}
      </defs>
    </svg>
  );
}

/** A legend swatch for a component, in the pattern the bars use. */
export function ComponentSwatch({ component }: { component: CompComponent }) {
  return (
    <svg
      className="chart-legend__icon"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
    >
      <rect
        x="1"
        y="1"
        width="12"
        height="12"
        rx="2"
        fill={componentFill(component, LEGEND_KEY, LEGEND_COLOR)}
        stroke={LEGEND_COLOR}
        strokeWidth="1.5"
      />
    </svg>
  );
}
