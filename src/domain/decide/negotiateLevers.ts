import { DEFAULT_RATING } from '../dimensions';
import { ValidationError, type FieldIssue } from '../errors';
import type { Offer } from '../schemas/offer';
import type { Lever, LeverKind } from './negotiateTypes';

/** A lever after parseLevers: every bound filled in. */
export type ParsedLever =
  | { kind: 'base'; max: number; min: number }
  | { kind: 'bonusTargetPct'; max: number; min: number }
  | { kind: 'signOn'; max: number; min: number }
  | { kind: 'rsuGrant'; max: number }
  | { kind: 'rating'; dimension: string; max: number; min: number; costPerPointPerYear: number };

const KINDS: readonly LeverKind[] = ['base', 'bonusTargetPct', 'signOn', 'rsuGrant', 'rating'];
const MAX_MONEY = 1e12;

export const START_DATE_MESSAGE =
  'the optimizer models employment years as calendar years; remove startDate';

/** The offer's current value of a lever (its default min): base, bonus %, sign-on or rating. */
export function currentLeverValue(offer: Offer, lever: { kind: LeverKind; dimension?: string }) {
  if (lever.kind === 'base') return offer.cash.base;
  if (lever.kind === 'bonusTargetPct') return offer.cash.bonusTargetPct;
  if (lever.kind === 'signOn') return offer.cash.signOn;
  if (lever.kind === 'rating') return offer.ratings[lever.dimension ?? ''] ?? DEFAULT_RATING;
  return 0;
}

/** Lever label used in `changes` and `steps`: the kind, or "rating:<dimension>". */
export const leverName = (lever: { kind: LeverKind; dimension?: string }): string =>
  lever.kind === 'rating' ? `rating:${lever.dimension ?? ''}` : lever.kind;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validates levers against the offer (decide.md §1.1): min defaults to the offer's current value,
 * costPerPointPerYear to 0; errors name `[i].field` and why, like parse*.
 */
export function parseLevers(input: unknown, offer: Offer): ParsedLever[] {
  const issues: FieldIssue[] = [];
  if (offer.startDate) issues.push({ path: 'offer.startDate', message: START_DATE_MESSAGE });
  if (!Array.isArray(input)) {
    issues.push({ path: '(root)', message: 'must be a list of levers' });
    throw new ValidationError('levers', issues);
  }
  const out: ParsedLever[] = [];
  const seenKinds = new Set<string>();
  const seenDimensions = new Set<string>();
  input.forEach((raw: unknown, i) => {
    const at = (field: string) => `[${i}].${field}`;
    if (typeof raw !== 'object' || raw === null) {
      issues.push({ path: `[${i}]`, message: 'must be a lever object' });
      return;
    }
    const lever = raw as Partial<Lever> & Record<string, unknown>;
    const kind = lever.kind as LeverKind;
    if (!KINDS.includes(kind)) {
      issues.push({ path: at('kind'), message: `must be one of ${KINDS.join(', ')}` });
      return;
    }
    const max = lever.max;
    if (!isNumber(max) || max < 0 || max > MAX_MONEY) {
      issues.push({ path: at('max'), message: 'must be a number ≥ 0' });
      return;
    }
    if (kind === 'rating') {
      const dimension = lever.dimension;
      if (typeof dimension !== 'string' || dimension === '') {
        issues.push({ path: at('dimension'), message: 'must name a rated dimension' });
        return;
      }
      if (dimension === 'cash' || dimension === 'equity') {
        issues.push({ path: at('dimension'), message: 'must be a rated dimension, not money' });
        return;
      }
      if (seenDimensions.has(dimension)) {
        issues.push({ path: at('dimension'), message: `a second lever on ${dimension}` });
        return;
      }
      seenDimensions.add(dimension);
      const min = lever.min ?? currentLeverValue(offer, { kind, dimension });
      const cpp = lever.costPerPointPerYear ?? 0;
      if (!isNumber(min)) return void issues.push({ path: at('min'), message: 'must be a number' });
      if (max > 10) return void issues.push({ path: at('max'), message: 'must be within 0–10' });
      if (min < 0 || min > 10)
        return void issues.push({ path: at('min'), message: 'must be within 0–10' });
      if (max < min)
        return void issues.push({ path: at('max'), message: `must be ≥ min (${min})` });
      if (!isNumber(cpp) || cpp < 0)
        return void issues.push({ path: at('costPerPointPerYear'), message: 'must be ≥ 0' });
      out.push({ kind, dimension, max, min, costPerPointPerYear: cpp });
      return;
    }
    if (seenKinds.has(kind)) {
      issues.push({ path: at('kind'), message: `a second ${kind} lever` });
      return;
    }
    seenKinds.add(kind);
    if (kind === 'rsuGrant') {
      const eq = offer.equity;
      if (eq.type !== 'rsu')
        return void issues.push({ path: at('kind'), message: 'the offer has no RSU grant' });
      if (!(eq.sharePrice > 0))
        return void issues.push({ path: at('kind'), message: 'the offer’s share price is 0' });
      if (eq.elapsedMonths > 0)
        return void issues.push({
          path: at('kind'),
          message: 'the grant is already under way (elapsedMonths); a new grant would inherit it',
        });
      out.push({ kind, max });
      return;
    }
    const min = lever.min ?? currentLeverValue(offer, { kind });
    if (!isNumber(min) || min < 0)
      return void issues.push({ path: at('min'), message: 'must be a number ≥ 0' });
    if (max < min) return void issues.push({ path: at('max'), message: `must be ≥ min (${min})` });
    out.push({ kind, max, min } as ParsedLever);
  });
  if (issues.length > 0) throw new ValidationError('levers', issues);
  return out;
}
