import { describe, expect, test } from 'vitest';
import { CLOSE_CALL_POINTS, summarizeWorkspace, type Workspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { dimensionLabeler } from '@/features/compare/labels';
import { leadSentence } from '@/features/compare/leadSentence';

const labelOf = dimensionLabeler([]);

/** Two offers that differ only in one rating, so the gap is exactly weight × rating difference. */
function twoOffers(dataA: number, dataB: number): Workspace {
  const ws = sampleWorkspace();
  const a = {
    ...ws.offers[0]!,
    id: 'a',
    name: 'Lab A',
    ratings: { ...ws.offers[0]!.ratings, data: dataA },
  };
  const b = {
    ...ws.offers[0]!,
    id: 'b',
    name: 'Lab B',
    ratings: { ...ws.offers[0]!.ratings, data: dataB },
  };
  return { ...ws, offers: [a, b], baselineOfferId: null, activeProfileId: 'profile-research' };
}

describe('leadSentence', () => {
  test('names the leader, the runner-up, the gap and the dimension that drives it', () => {
    // Research profile: data weighs 35 of 100, so 10 − 4 rating points = 100 × 0.35 × 0.6 = 21.0 points.
    const result = leadSentence(summarizeWorkspace(twoOffers(10, 4)), labelOf);
    expect(result?.sentence).toBe('Lab A leads Lab B by 21.0 points: +21.0 from Data access.');
    expect(result?.closeCall).toBeNull();
  });

  test('flags a close call when the top two are within CLOSE_CALL_POINTS', () => {
    // 0.35 × 100 × 0.05 = 1.75 points apart.
    const result = leadSentence(summarizeWorkspace(twoOffers(5.5, 5)), labelOf);
    expect(result?.sentence).toMatch(
      /^Lab A leads Lab B by 1\.8 points: \+1\.8 from Data access\.$/,
    );
    expect(result?.closeCall).toContain(`within ${CLOSE_CALL_POINTS} points`);
  });

  test('with the sample, the sentence follows the ranking and lists at most three signed drivers', () => {
    const summary = summarizeWorkspace(sampleWorkspace());
    const [leader, runnerUp] = summary.ranking;
    const result = leadSentence(summary, labelOf);
    const gap = (leader!.evaluation!.score - runnerUp!.evaluation!.score).toFixed(1);
    expect(
      result?.sentence.startsWith(
        `${leader!.offer.name} leads ${runnerUp!.offer.name} by ${gap} points: `,
      ),
    ).toBe(true);
    const drivers = result!.sentence.split(': ')[1]!.split(', ');
    expect(drivers.length).toBeLessThanOrEqual(3);
    for (const d of drivers) expect(d).toMatch(/^[+−]\d+\.\d from [A-Z]/);
  });

  test('says nothing when fewer than two offers can be scored', () => {
    const ws = twoOffers(5, 5);
    expect(
      leadSentence(summarizeWorkspace({ ...ws, offers: [ws.offers[0]!] }), labelOf),
    ).toBeNull();
    const euro = { ...ws, offers: [ws.offers[0]!, { ...ws.offers[1]!, currency: 'EUR' }] };
    expect(leadSentence(summarizeWorkspace(euro), labelOf)).toBeNull();
  });

  test('explains a leader that wins only because the other misses a must-have', () => {
    // B: +21.0 from data (35 × 0.6) and −10.0 from scope (20 × 0.5), but scope 2 misses "scope ≥ 5".
    const ws = twoOffers(4, 10);
    const offers = [
      ws.offers[0]!,
      { ...ws.offers[1]!, ratings: { ...ws.offers[1]!.ratings, scope: 2 } },
    ];
    const profiles = ws.profiles.map((p) =>
      p.id === 'profile-research' ? { ...p, constraints: [{ dimension: 'scope', min: 5 }] } : p,
    );
    const result = leadSentence(summarizeWorkspace({ ...ws, offers, profiles }), labelOf);
    expect(result?.sentence).toBe(
      'Lab A leads because Lab B misses a must-have (Technical scope ≥ 5) even though it scores 11.0 points higher.',
    );
  });
});
