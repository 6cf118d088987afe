/**
 * Pure chart data for the panel view (§2.5): the per-dimension strip chart, the headline, the
 * similarity heatmap (K ≥ 3), the most contested judgments and the decision table.
 */
import type { PanelRole } from '../schemas/panel';
import { clusterOrder } from './panelHeatmapOrder';
import { panelHeadline, type PanelHeadline } from './panelHeadline';
import type { PanelSummary } from './panelTypes';

/** Marker shapes (Recharts symbol names), one per member in turn, so color is never alone. */
export const PANEL_MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
] as const;
export type PanelMarkerShape = (typeof PANEL_MARKER_SHAPES)[number];

export const PANEL_ROLE_LABELS: Readonly<Record<PanelRole, string>> = {
  hiringManager: 'hiring manager',
  recruiter: 'recruiter',
  teamLead: 'team lead',
  candidate: 'candidate',
  other: 'other',
};

export interface PanelStripMarker {
  member: number; // index in summary.members: pick the color by it
  name: string;
  role: PanelRole;
  shape: PanelMarkerShape;
  weight: number;
}

export interface PanelStrip {
  dimension: string;
  label: string;
  group: number; // the bar
  min: number; // the whisker
  max: number;
  range: number; // max − min, the sort key
  split: boolean;
  candidate: number | null; // the candidate's stated weight, marked distinctly
  markers: PanelStripMarker[];
}

export interface PanelChartData {
  strips: PanelStrip[]; // widest range first
  axisMax: number; // a multiple of 0.05 covering every weight
  legend: {
    member: number;
    name: string;
    role: PanelRole;
    roleLabel: string;
    shape: PanelMarkerShape;
  }[];
  headline: PanelHeadline;
  groupWeights: { dimension: string; label: string; weight: number }[]; // dimension order
  heatmap: { order: number[]; names: string[]; values: number[][]; min: number } | null;
  contested: { i: string; j: string; iLabel: string; jLabel: string; geoSd: number }[];
  decision: {
    members: string[];
    offers: { offer: number; name: string; scores: number[]; pickedBy: string[] }[];
    picks: number[]; // per member: the offer index
    verdict: { unanimous: boolean; offer: number; count: number; total: number; text: string };
  } | null;
}

export interface PanelChartOptions {
  labels?: Record<string, string>; // dimension id → label
  offerNames?: string[];
  /** The candidate's stated weights (normalized); default: the first member whose role is candidate. */
  candidate?: Record<string, number> | null;
}

function verdictText(count: number, total: number, name: string): string {
  if (count === total)
    return total === 2 ? `both views pick ${name}` : `all ${total} views pick ${name}`;
  return `${count} of ${total} views pick ${name}`;
}

function decisionTable(
  summary: PanelSummary,
  offerName: (i: number) => string,
): PanelChartData['decision'] {
  const decision = summary.decision;
  if (!decision || decision.length === 0 || (decision[0]?.scores.length ?? 0) === 0) return null;
  const offerCount = decision[0]!.scores.length;
  const offers = Array.from({ length: offerCount }, (_, o) => ({
    offer: o,
    name: offerName(o),
    scores: decision.map((d) => d.scores[o] ?? 0),
    pickedBy: decision.filter((d) => d.pick === o).map((d) => d.member),
  }));
  let top = offers[0]!;
  for (const o of offers) if (o.pickedBy.length > top.pickedBy.length) top = o;
  const total = decision.length;
  const count = top.pickedBy.length;
  return {
    members: decision.map((d) => d.member),
    offers,
    picks: decision.map((d) => d.pick),
    verdict: {
      unanimous: count === total,
      offer: top.offer,
      count,
      total,
      text: verdictText(count, total, top.name),
    },
  };
}

export function panelChartData(summary: PanelSummary, options?: PanelChartOptions): PanelChartData {
  const label = (d: string) => options?.labels?.[d] ?? d;
  const shapeOf = (k: number) => PANEL_MARKER_SHAPES[k % PANEL_MARKER_SHAPES.length]!;
  const candidate =
    options?.candidate === undefined
      ? (summary.members.find((m) => m.role === 'candidate')?.weights ?? null)
      : options.candidate;
  let top = 0;
  const strips = summary.spread.map((s) => {
    top = Math.max(top, s.max, s.group, candidate?.[s.dimension] ?? 0);
    return {
      dimension: s.dimension,
      label: label(s.dimension),
      group: s.group,
      min: s.min,
      max: s.max,
      range: s.max - s.min,
      split: s.split,
      candidate: candidate?.[s.dimension] ?? null,
      markers: summary.members.map((m, k) => ({
        member: k,
        name: m.name,
        role: m.role,
        shape: shapeOf(k),
        weight: m.weights[s.dimension] ?? 0,
      })),
    };
  });
  const K = summary.members.length;
  let heatmap: PanelChartData['heatmap'] = null;
  if (K >= 3) {
    const order = clusterOrder(summary.similarity);
    const values = order.map((i) => order.map((j) => summary.similarity[i]?.[j] ?? 0));
    heatmap = {
      order,
      names: order.map((i) => summary.members[i]!.name),
      values,
      min: Math.min(...values.flat()),
    };
  }
  return {
    strips,
    axisMax: Math.max(1, Math.ceil(top * 20 - 1e-9)) / 20, // next multiple of 0.05
    legend: summary.members.map((m, k) => ({
      member: k,
      name: m.name,
      role: m.role,
      roleLabel: PANEL_ROLE_LABELS[m.role],
      shape: shapeOf(k),
    })),
    headline: panelHeadline(summary),
    groupWeights: summary.dimensions.map((d) => ({
      dimension: d,
      label: label(d),
      weight: summary.group[d] ?? 0,
    })),
    heatmap,
    contested: (summary.contested ?? []).map((c) => ({
      ...c,
      iLabel: label(c.i),
      jLabel: label(c.j),
    })),
    decision: decisionTable(summary, (i) => options?.offerNames?.[i] ?? `Offer ${i + 1}`),
  };
}
