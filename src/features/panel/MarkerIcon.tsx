import { PANEL_MARKER_SHAPES, type PanelMarkerShape } from '@/domain';
import { memberColor } from './roles';

const polygon = (points: [number, number][]) =>
  `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;

/** A plus of arm length r and half-width t, turned by `angle`. */
function crossPoints(r: number, t: number, angle: number): [number, number][] {
  const arm: [number, number][] = [
    [-t, -r],
    [t, -r],
    [t, -t],
  ];
  const points: [number, number][] = [];
  for (let q = 0; q < 4; q++) {
    const a = (Math.PI / 2) * q + angle;
    for (const [x, y] of arm)
      points.push([x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]);
  }
  return points;
}

/** SVG path of a marker shape centred on (0, 0) with radius r: the strip chart's and legend's. */
export function markerPath(shape: PanelMarkerShape, r: number): string {
  const t = r * 0.35;
  switch (shape) {
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case 'triangle':
      return `M0,${-r}L${r},${r * 0.8}L${-r},${r * 0.8}Z`;
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'cross':
      return polygon(crossPoints(r, t, 0));
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i): [number, number] => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return [radius * Math.cos(angle), radius * Math.sin(angle)];
      });
      return polygon(points);
    }
    case 'wye':
      return polygon(crossPoints(r, t, Math.PI / 4)); // an ×, the cross turned
    default:
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  }
}

export const shapeOf = (k: number): PanelMarkerShape =>
  PANEL_MARKER_SHAPES[k % PANEL_MARKER_SHAPES.length]!;

/** The member's marker (color and shape), decorative next to their name. */
export function MarkerIcon({ index }: { index: number }) {
  return (
    <svg className="panel-marker" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path
        d={markerPath(shapeOf(index), 6)}
        fill={memberColor(index)}
        stroke="var(--fg)"
        strokeWidth="0.8"
      />
    </svg>
  );
}
