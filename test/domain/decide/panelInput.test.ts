// @vitest-environment node
import {
  ahp,
  panelDimensions,
  panelMemberFromStored,
  panelMembersFromStored,
  panelSummary,
  parsePanel,
  parseProfile,
} from '@/domain';
import { C8_DIMENSIONS, C8_UPPER, fromUpper } from './panelFixtures';

/** The C8 candidate's upper triangle as stored judgments "a>b". */
const candidateJudgments = () => {
  const out: Record<string, number> = {};
  let k = 0;
  for (let i = 0; i < 4; i++)
    for (let j = i + 1; j < 4; j++)
      out[`${C8_DIMENSIONS[i]}>${C8_DIMENSIONS[j]}`] = C8_UPPER.candidate[k++]!;
  return out;
};

describe('stored panel members → the engine’s PanelMember (decide.md §2.2)', () => {
  it('the panel’s dimensions are the profile’s weighted ones, in profile order', () => {
    const profile = parseProfile({
      weights: { cash: 3, equity: 0, scope: 2, data: 1, roadmap: 0, commitment: 1, mentorship: 2 },
    });
    expect(panelDimensions(profile)).toEqual(['cash', 'scope', 'data', 'commitment', 'mentorship']);
  });

  it('reads only the member’s current method: sliders, ranking or pairwise', () => {
    const panel = parsePanel({
      members: [
        { id: 'hm', name: 'HM', role: 'hiringManager', weights: { cash: 3, scope: 1 } },
        {
          id: 'tl',
          name: 'TL',
          role: 'teamLead',
          method: 'rank',
          ranking: ['data', 'cash', 'scope', 'equity'],
          weights: { cash: 9 }, // kept from earlier, ignored while ranking is current
        },
        {
          id: 'c',
          name: 'Candidate',
          role: 'candidate',
          influence: 2,
          method: 'ahp',
          pairwise: candidateJudgments(),
        },
      ],
    });
    const [hm, tl, c] = panelMembersFromStored(panel, C8_DIMENSIONS);
    // sliders: a dimension without a weight is 0
    expect(hm).toEqual({
      name: 'HM',
      role: 'hiringManager',
      influence: 1,
      input: { kind: 'weights', weights: { cash: 3, equity: 0, scope: 1, data: 0 } },
    });
    expect(tl!.input).toEqual({ kind: 'ranking', order: ['data', 'cash', 'scope', 'equity'] });
    expect(c!.influence).toBe(2);
    expect(c!.input).toEqual({ kind: 'pairwise', matrix: fromUpper(C8_UPPER.candidate, 4) });
    // and the C8 candidate's priorities come out: .0954 / .1601 / .2772 / .4673
    const s = panelSummary([hm!, tl!, c!], C8_DIMENSIONS, undefined, undefined, {
      aggregation: 'AIP-arithmetic',
    });
    expect(Object.values(s.members[2]!.weights).map((x) => Number(x.toFixed(4)))).toEqual([
      0.0954, 0.1601, 0.2772, 0.4673,
    ]);
    expect(s.members[2]!.weights.data).toBeCloseTo(
      ahp(fromUpper(C8_UPPER.candidate, 4)).weights[3]!,
      12,
    );
  });

  it('an unanswered pair is 1; an extra slider dimension is kept so the summary rejects it', () => {
    const panel = parsePanel({
      members: [
        { id: 'a', name: 'A', method: 'ahp', pairwise: { 'cash>data': 3 } },
        { id: 'b', name: 'B', weights: { cash: 1, mentorship: 2 } },
      ],
    });
    const a = panelMemberFromStored(panel.members[0]!, ['cash', 'scope', 'data']);
    expect(a.input).toEqual({
      kind: 'pairwise',
      matrix: [
        [1, 1, 3],
        [1, 1, 1],
        [1 / 3, 1, 1],
      ],
    });
    const b = panelMemberFromStored(panel.members[1]!, ['cash', 'scope', 'data']);
    expect(b.input).toEqual({
      kind: 'weights',
      weights: { cash: 1, scope: 0, data: 0, mentorship: 2 },
    });
    expect(() => panelSummary([a, b], ['cash', 'scope', 'data'])).toThrow(
      /\[1\]\.input\.weights\.mentorship: B: is not one of the panel’s dimensions/,
    );
  });
});
