import type { ProfileInput } from '@/domain';

/** A starting point for a profile: weights (as percentages), the value function and horizon. */
export interface PriorityPreset {
  id: 'research' | 'production' | 'cash' | 'upside' | 'balanced';
  label: string;
  description: string;
  profile: Required<Pick<ProfileInput, 'weights' | 'money' | 'horizonYears' | 'constraints'>>;
}

/**
 * Presets (amounts are yearly, in USD, sized for senior AI/ML roles in US hubs in 2026).
 * Weights are percentages that sum to 100, so they read directly as "share of the score".
 */
export const PRIORITY_PRESETS: readonly PriorityPreset[] = [
  {
    id: 'research',
    label: 'Research-focused',
    description: 'Data and compute first, then scope; pay matters less.',
    // A researcher's output (papers, models) is bounded by the data and compute they can reach and
    // by the freedom to pick problems, so data access and scope outweigh cash. An employer that
    // sponsors AI at the top keeps the compute budget alive, hence commitment above roadmap.
    profile: {
      weights: { cash: 15, equity: 10, scope: 20, data: 30, roadmap: 10, commitment: 15 },
      money: { cash: { floor: 180_000, target: 400_000 }, equity: { floor: 0, target: 300_000 } },
      horizonYears: 4,
      constraints: [],
    },
  },
  {
    id: 'production',
    label: 'Production-focused',
    description: 'Ownership, roadmap say and cash; data access matters less.',
    // Production engineers ship systems: what they own (scope) and whether they can steer what gets
    // built (roadmap) decide their impact, and cash is weighed as heavily because the track pays
    // mostly in salary. Data access is usually granted with the product, so it weighs less.
    profile: {
      weights: { cash: 25, equity: 10, scope: 25, data: 10, roadmap: 20, commitment: 10 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 300_000 } },
      horizonYears: 4,
      constraints: [],
    },
  },
  {
    id: 'cash',
    label: 'Cash first',
    description: 'Guaranteed pay dominates, with a base-salary must-have.',
    // For someone with near-term obligations, cash is certain and equity is not: half the score is
    // cash, and an offer below a base salary floor is ruled out rather than merely penalized.
    profile: {
      weights: { cash: 50, equity: 15, scope: 10, data: 10, roadmap: 5, commitment: 10 },
      money: { cash: { floor: 250_000, target: 500_000 }, equity: { floor: 0, target: 250_000 } },
      horizonYears: 3,
      constraints: [{ dimension: 'base', min: 220_000 }],
    },
  },
  {
    id: 'upside',
    label: 'Upside seeker',
    description: 'Equity upside and room to shape the company; modest cash floor.',
    // An early-stage bet pays off through equity and through shaping the product, so equity carries
    // the most weight with a high ideal, while a lower cash walk-away accepts a startup salary.
    // A longer horizon lets back-loaded and growing equity count.
    profile: {
      weights: { cash: 10, equity: 40, scope: 15, data: 5, roadmap: 15, commitment: 15 },
      money: {
        cash: { floor: 150_000, target: 350_000 },
        equity: { floor: 25_000, target: 600_000 },
      },
      horizonYears: 5,
      constraints: [],
    },
  },
  {
    id: 'balanced',
    label: 'Balanced',
    description: 'Every dimension counts; nothing dominates.',
    // No single dimension above a fifth of the score: a sensible start before the candidate has
    // thought about trade-offs. Cash and data access get slightly more, as most candidates rank them
    // first when asked.
    profile: {
      weights: { cash: 20, equity: 15, scope: 15, data: 20, roadmap: 15, commitment: 15 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 350_000 } },
      horizonYears: 4,
      constraints: [],
    },
  },
];

export function presetById(id: string): PriorityPreset | undefined {
  return PRIORITY_PRESETS.find((p) => p.id === id);
}

/** The currency every preset amount is written in. */
export const PRESET_CURRENCY = 'USD';
/** Must-have dimensions whose minimum is an amount of money (the others are 0–10 ratings). */
const MONEY_CONSTRAINTS = new Set(['cash', 'equity', 'base', 'totalComp']);

/**
 * A preset's profile fields restated for a profile in another currency: each amount × `rate`
 * (units of that currency per USD), rounded to the nearest 1,000 like the presets themselves.
 */
export function presetInCurrency(preset: PriorityPreset, rate: number): PriorityPreset['profile'] {
  const { money, constraints } = preset.profile;
  const restate = (amount: number) => Math.round((amount * rate) / 1000) * 1000;
  const range = (r: { floor: number; target: number }) => {
    const floor = restate(r.floor);
    const target = restate(r.target);
    // A tiny rate could round both ends together; keep them apart exactly instead.
    return target > floor ? { floor, target } : { floor: r.floor * rate, target: r.target * rate };
  };
  return {
    ...preset.profile,
    money: {
      ...(money?.cash && { cash: range(money.cash) }),
      ...(money?.equity && { equity: range(money.equity) }),
    },
    constraints: (constraints ?? []).map((c) =>
      MONEY_CONSTRAINTS.has(c.dimension) ? { ...c, min: restate(c.min) } : c,
    ),
  };
}

/**
 * The preset a profile still holds, if any: the same horizon and the same share of the score for
 * every dimension (to 0.01 points). Amounts are not compared: a preset applied to a profile in
 * another currency has restated them. Editing a weight afterwards means it no longer matches.
 */
export function matchingPreset(profile: {
  weights: Readonly<Record<string, number>>;
  horizonYears: number;
}): PriorityPreset | undefined {
  const shares = (weights: Readonly<Record<string, number>>) => {
    const total = Object.values(weights).reduce((s, w) => s + Math.max(0, w), 0);
    return (id: string) => (total > 0 ? Math.max(0, weights[id] ?? 0) / total : 0);
  };
  const mine = shares(profile.weights);
  return PRIORITY_PRESETS.find((preset) => {
    if (preset.profile.horizonYears !== profile.horizonYears) return false;
    const theirs = shares(preset.profile.weights);
    const ids = new Set([...Object.keys(profile.weights), ...Object.keys(preset.profile.weights)]);
    return [...ids].every((id) => Math.abs(mine(id) - theirs(id)) < 1e-4);
  });
}
