import { describe, expect, test } from 'vitest';
import { evaluateOffer, summarizeWorkspace, type Profile, type Workspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { dimensionLabeler } from '@/features/compare/labels';
import { buildWhatItTakes } from '@/features/compare/whatItTakes';

const labelOf = dimensionLabeler([]);

/** The frontier offer and "Our offer", a copy with data access 8 instead of 10: 4 points behind under the balanced profile. */
function pair(): Workspace {
  const ws = sampleWorkspace();
  const lab = ws.offers[0]!;
  const ours = {
    ...lab,
    id: 'offer-ours',
    name: 'Our offer',
    ratings: { ...lab.ratings, data: 8 },
  };
  return { ...ws, offers: [lab, ours], baselineOfferId: null };
}

/** The profile with one dimension's normalized weight set to `share`, the others rescaled in proportion. */
function withShare(profile: Profile, dimension: string, share: number): Profile {
  const total = Object.values(profile.weights).reduce((s, w) => s + w, 0);
  const own = (profile.weights[dimension] ?? 0) / total;
  const weights = Object.fromEntries(
    Object.entries(profile.weights).map(([id, w]) => [
      id,
      id === dimension ? share : ((w / total) * (1 - share)) / (1 - own),
    ]),
  );
  return { ...profile, weights };
}

describe('buildWhatItTakes', () => {
  test('the score gap, and a break-even base that does reach the rival', () => {
    const summary = summarizeWorkspace(pair());
    const model = buildWhatItTakes(summary, 'offer-ours', 'offer-frontier', {}, labelOf)!;
    expect(model.gap).toBeCloseTo(-4, 6); // 100 × 0.20 × (8 − 10)/10
    expect(model.gapText).toMatch(/^Your offer trails by 4\.0 points \(\d+\.\d vs \d+\.\d\)\.$/);
    expect(model.breakEven).toBeGreaterThan(0);
    const target = 340_000 + model.breakEven!;
    expect(model.breakEvenText).toBe(
      `Raise base by $${model.breakEven!.toLocaleString('en-US')} to $${target.toLocaleString('en-US')} to match.`,
    );
    const raised = { ...model.your.modeled, cash: { ...model.your.modeled.cash, base: target } };
    expect(evaluateOffer(raised, summary.profile).score).toBeGreaterThanOrEqual(
      model.rival.evaluation!.score,
    );
    const oneLess = {
      ...model.your.modeled,
      cash: { ...model.your.modeled.cash, base: target - 2 },
    };
    expect(evaluateOffer(oneLess, summary.profile).score).toBeLessThan(
      model.rival.evaluation!.score,
    );
  });

  test('names the priority shifts that flip the decision, and they do flip it', () => {
    const summary = summarizeWorkspace(sampleWorkspace());
    const model = buildWhatItTakes(summary, 'offer-platform', 'offer-frontier', {}, labelOf)!;
    expect(model.gap).toBeLessThan(0);
    expect(model.flips.length).toBeGreaterThan(0);
    for (const flip of model.flips) {
      const m = /^If (.+) mattered (\d+)% instead of (\d+)%, your offer would lead\.$/.exec(flip);
      expect(m, flip).not.toBeNull();
      const dimension = ['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment'].find(
        (id) => labelOf(id) === m![1],
      )!;
      const profile = withShare(summary.profile, dimension, Number(m![2]) / 100);
      expect(evaluateOffer(model.your.modeled, profile).score).toBeGreaterThan(
        evaluateOffer(model.rival.modeled, profile).score,
      );
    }
  });

  test('at a tie no priority shifts are listed, since any shift decides it', () => {
    const ws = pair();
    const offers = ws.offers.map((o) =>
      o.id === 'offer-ours' ? { ...o, ratings: { ...o.ratings, data: 10 } } : o,
    );
    const model = buildWhatItTakes(
      summarizeWorkspace({ ...ws, offers }),
      'offer-ours',
      'offer-frontier',
      {},
      labelOf,
    )!;
    expect(model.gapText).toMatch(/^Your offer ties the rival at \d+\.\d points\.$/);
    expect(model.flips).toEqual([]);
  });

  test('when no raise can help it says so, and when already ahead it says that', () => {
    const summary = summarizeWorkspace(sampleWorkspace());
    expect(
      buildWhatItTakes(summary, 'offer-platform', 'offer-frontier', {}, labelOf)!.breakEvenText,
    ).toMatch(/^No base raise can close the gap/);
    const ahead = buildWhatItTakes(summary, 'offer-frontier', 'offer-platform', {}, labelOf)!;
    expect(ahead.breakEven).toBe(0);
    expect(ahead.gapText).toMatch(/^Your offer leads by 12\.\d points/);
    expect(ahead.flips.every((f) => f.endsWith('the rival would lead.'))).toBe(true);
  });

  test('lists the must-haves your offer misses, and refuses a pair of the same offer', () => {
    const summary = summarizeWorkspace(sampleWorkspace());
    expect(
      buildWhatItTakes(summary, 'offer-current', 'offer-frontier', {}, labelOf)!.missed,
    ).toEqual(['Base salary ≥ $220,000']);
    expect(buildWhatItTakes(summary, 'offer-current', 'offer-current', {}, labelOf)).toBeNull();
  });

  test('an offer that cannot be scored shows its error instead of a gap', () => {
    const ws = pair();
    const offers = ws.offers.map((o) => (o.id === 'offer-ours' ? { ...o, currency: 'EUR' } : o));
    const model = buildWhatItTakes(
      summarizeWorkspace({ ...ws, offers }),
      'offer-ours',
      'offer-frontier',
      {},
      labelOf,
    )!;
    expect(model.gap).toBeNull();
    expect(model.gapText).toMatch(/EUR/);
  });
});
