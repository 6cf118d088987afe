import { describe, expect, test } from 'vitest';
import { evaluateOffer, summarizeWorkspace, type Workspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { dimensionLabeler } from '@/features/compare/labels';
import { buildSensitivity } from '@/features/compare/sensitivity';

const labelOf = dimensionLabeler([]);

/** The frontier offer and a copy with less data access: under the balanced profile (data 20%) it trails by 100 × 0.2 × 0.2 = 4 points, which more cash can make up. */
function pair(): Workspace {
  const ws = sampleWorkspace();
  const lab = ws.offers[0]!;
  const copy = { ...lab, id: 'offer-copy', name: 'Copy lab', ratings: { ...lab.ratings, data: 8 } };
  return { ...ws, offers: [lab, copy], baselineOfferId: null };
}

describe('buildSensitivity', () => {
  test('a row per weighted dimension with the current weight inside the range', () => {
    const model = buildSensitivity(summarizeWorkspace(pair()), {}, labelOf)!;
    expect(model.rows.map((r) => r.label)).toEqual([
      'Cash',
      'Equity',
      'Technical scope',
      'Data access',
      'Roadmap influence',
      'AI commitment',
    ]);
    for (const row of model.rows) {
      expect(row.min).toBeLessThanOrEqual(row.current);
      expect(row.max).toBeGreaterThanOrEqual(row.current);
    }
    expect(model.rows.find((r) => r.dimension === 'data')?.text).toMatch(
      /^Data access: now 20%; leader stays ahead from \d+% to \d+%$/,
    );
  });

  test('the break-even names the runner-up, the amount and the leader, and that amount closes the gap', () => {
    const ws = pair();
    const summary = summarizeWorkspace(ws);
    const model = buildSensitivity(summary, {}, labelOf)!;
    expect(model.leader.offer.id).toBe('offer-frontier');
    const match =
      /^Copy lab needs \+\$([\d,]+) base to match Frontier lab — Research Scientist$/.exec(
        model.breakEven,
      );
    expect(match).not.toBeNull();
    const raise = Number(match![1]!.replace(/,/g, ''));
    const runner = model.runnerUp.modeled;
    const raised = { ...runner, cash: { ...runner.cash, base: runner.cash.base + raise } };
    expect(evaluateOffer(raised, summary.profile).score).toBeGreaterThanOrEqual(
      model.leader.evaluation!.score - 1e-9,
    );
  });

  test('says when no base raise can close the gap', () => {
    // Balanced profile: the public company already earns more cash than the cash target rewards.
    const model = buildSensitivity(summarizeWorkspace(sampleWorkspace()), {}, labelOf)!;
    expect(model.breakEven).toBe(
      `${model.runnerUp.offer.name}: no base raise can close the gap to ${model.leader.offer.name}`,
    );
  });

  test('null with fewer than two scored offers', () => {
    const ws = pair();
    expect(
      buildSensitivity(summarizeWorkspace({ ...ws, offers: ws.offers.slice(0, 1) }), {}, labelOf),
    ).toBeNull();
  });
});
