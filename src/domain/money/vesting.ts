import type { Vesting } from '../schemas/offer';

/** One vest of a grant: `month` months after the grant date, `fraction` of the grant's shares. */
export interface VestEvent {
  month: number;
  fraction: number;
}

/** Fraction of a grant scheduled in vesting year k (1-based): yearWeights[k−1]/100, else 1/years. */
function yearShare(vesting: Vesting, k: number): number {
  const weights = vesting.yearWeights;
  if (weights && weights.length === vesting.years) return (weights[k - 1] ?? 0) / 100;
  return 1 / vesting.years;
}

/**
 * The vests of one grant, in month order, months counted from the grant date.
 * Month m belongs to vesting year ceil(m/12); monthly: w_k/12 each month, quarterly: w_k/4 when
 * m % 3 = 0, annual: w_k when m % 12 = 0. A cliff of c months moves everything scheduled at
 * months ≤ c to month c (refresh grants are scheduled with applyCliff = false).
 */
export function vestSchedule(vesting: Vesting, applyCliff = true): readonly VestEvent[] {
  // Schedules depend only on these few fields; caching by value makes recomputing a workspace cheap.
  const key = `${vesting.years}|${applyCliff ? vesting.cliffMonths : 0}|${vesting.frequency}|${vesting.yearWeights?.join(',') ?? ''}`;
  const cached = scheduleCache.get(key);
  if (cached) return cached;
  const events = buildSchedule(vesting, applyCliff);
  if (scheduleCache.size >= MAX_CACHED_SCHEDULES) scheduleCache.clear();
  scheduleCache.set(key, events);
  return events;
}

const MAX_CACHED_SCHEDULES = 256;
const scheduleCache = new Map<string, readonly VestEvent[]>();

function buildSchedule(vesting: Vesting, applyCliff: boolean): readonly VestEvent[] {
  const months = vesting.years * 12;
  const cliff = applyCliff ? Math.min(vesting.cliffMonths, months) : 0;
  const events: VestEvent[] = [];
  let heldByCliff = 0;
  for (let m = 1; m <= months; m++) {
    const w = yearShare(vesting, Math.ceil(m / 12));
    let fraction = scheduledAt(vesting.frequency, m, w);
    if (m < cliff) {
      heldByCliff += fraction;
      continue;
    }
    if (m === cliff) {
      fraction += heldByCliff;
      heldByCliff = 0;
    }
    if (fraction > 0) events.push({ month: m, fraction });
  }
  return Object.freeze(events.map((e) => Object.freeze(e)));
}

/** Scheduled fraction at month m with year weight w: monthly w/12; quarterly w/4 every 3rd month; annual w every 12th. */
function scheduledAt(frequency: Vesting['frequency'], m: number, w: number): number {
  if (frequency === 'monthly') return w / 12;
  if (frequency === 'quarterly') return m % 3 === 0 ? w / 4 : 0;
  return m % 12 === 0 ? w : 0;
}

/** Fraction of the initial grant vesting in each year 1..years (cliff applied). */
export function vestingFractionsByYear(vesting: Vesting, years: number): number[] {
  const out = new Array<number>(Math.max(0, Math.floor(years))).fill(0);
  for (const e of vestSchedule(vesting, true)) {
    const k = Math.ceil(e.month / 12);
    if (k <= out.length) out[k - 1] = (out[k - 1] ?? 0) + e.fraction;
  }
  return out;
}
