import { AHP_CONSISTENT_CR, ahp, ahpMatrixFromJudgments, mostInconsistentJudgment } from '@/domain';
import { toStoredWeights } from './weightMath';

/** Above this consistency ratio Saaty calls the judgments inconsistent. */
export const CR_LIMIT = AHP_CONSISTENT_CR;

/** One question: "How much more does `a` matter than `b`?" (a comes later in the dimension list). */
export interface DimensionPair {
  a: string;
  b: string;
}

export function dimensionPairs(ids: readonly string[]): DimensionPair[] {
  const pairs: DimensionPair[] = [];
  for (let j = 1; j < ids.length; j++)
    for (let i = 0; i < j; i++) pairs.push({ a: ids[j]!, b: ids[i]! });
  return pairs;
}

export const pairKey = (a: string, b: string) => `${a}>${b}`;

/** How much more a matters than b (Saaty 1/9–9); a judgment stored the other way round is inverted. */
export function judgmentOf(
  pairwise: Readonly<Record<string, number>>,
  a: string,
  b: string,
): number {
  const direct = pairwise[pairKey(a, b)];
  if (direct !== undefined) return direct;
  const reverse = pairwise[pairKey(b, a)];
  return reverse !== undefined && reverse > 0 ? 1 / reverse : 1;
}

/** Stores the judgment under "a>b" and drops any "b>a" so each pair has one answer. */
export function withJudgment(
  pairwise: Readonly<Record<string, number>>,
  a: string,
  b: string,
  value: number,
) {
  const { [pairKey(b, a)]: _reverse, ...rest } = pairwise;
  return { ...rest, [pairKey(a, b)]: value };
}

/** Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; even numbers in between. */
const STRENGTH: Record<number, string> = {
  2: 'slightly',
  3: 'moderately',
  4: 'moderately to strongly',
  5: 'strongly',
  6: 'strongly to very strongly',
  7: 'very strongly',
  8: 'very strongly to extremely',
  9: 'extremely',
};

export interface ScaleOption {
  /** Select value: "9" … "1" … "1/9". */
  value: string;
  judgment: number;
  label: string;
}

/** The 17 answers from "b is extremely more important" through "Equal" to "a is extremely more important". */
export function scaleOptions(aLabel: string, bLabel: string): ScaleOption[] {
  const steps = [9, 8, 7, 6, 5, 4, 3, 2];
  return [
    ...steps.map((s) => ({
      value: `1/${s}`,
      judgment: 1 / s,
      label: `${bLabel} is ${STRENGTH[s]} more important (${s})`,
    })),
    { value: '1', judgment: 1, label: 'Equal (1)' },
    ...[...steps].reverse().map((s) => ({
      value: String(s),
      judgment: s,
      label: `${aLabel} is ${STRENGTH[s]} more important (${s})`,
    })),
  ];
}

/** The select value of a stored judgment (nearest scale step, so 0.333… reads as "1/3"). */
export function scaleValueOf(judgment: number): string {
  if (judgment >= 1) return String(Math.min(9, Math.max(1, Math.round(judgment))));
  return `1/${Math.min(9, Math.max(1, Math.round(1 / judgment)))}`;
}

export function parseScaleValue(value: string): number {
  const [num, den] = value.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

export interface PairwiseOutcome {
  /** Stored percentages, one per dimension. */
  weights: Record<string, number>;
  cr: number;
  /** The judgment furthest from what the weights imply, as a question pair; null when consistent enough to not matter. */
  worst: { a: string; b: string; given: number; implied: number } | null;
}

/** AHP weights and consistency for the answered questions (unanswered pairs count as Equal). */
export function pairwiseOutcome(
  ids: readonly string[],
  pairwise: Readonly<Record<string, number>>,
): PairwiseOutcome {
  const matrix = ahpMatrixFromJudgments([...ids], { ...pairwise });
  const result = ahp(matrix);
  const found = mostInconsistentJudgment(matrix);
  let worst: PairwiseOutcome['worst'] = null;
  if (found) {
    // Orient it like the question: a is the later dimension in the list.
    const rowIsA = found.row > found.col;
    const a = ids[rowIsA ? found.row : found.col]!;
    const b = ids[rowIsA ? found.col : found.row]!;
    worst = rowIsA
      ? { a, b, given: found.given, implied: found.implied }
      : { a, b, given: 1 / found.given, implied: 1 / found.implied };
  }
  return { weights: toStoredWeights(ids, result.weights), cr: result.cr, worst };
}

const ratio = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1).replace(/\.0$/, ''));

/** "Data access matters 5 times as much as Cash", "… about as much as …" */
export function describeRatio(aLabel: string, bLabel: string, judgment: number): string {
  if (judgment > 0.9 && judgment < 1.1) return `${aLabel} and ${bLabel} matter about equally`;
  if (judgment >= 1) return `${aLabel} matters ${ratio(judgment)} times as much as ${bLabel}`;
  return `${bLabel} matters ${ratio(1 / judgment)} times as much as ${aLabel}`;
}

/** The sentence pointing at the most inconsistent answer. */
export function describeWorstJudgment(
  worst: NonNullable<PairwiseOutcome['worst']>,
  label: (id: string) => string,
): string {
  const a = label(worst.a);
  const b = label(worst.b);
  return (
    `The answer that fits least is "How much more does ${a} matter than ${b}?": ` +
    `you said ${describeRatio(a, b, worst.given)}, but the weights from all your answers imply ${describeRatio(a, b, worst.implied)}.`
  );
}
