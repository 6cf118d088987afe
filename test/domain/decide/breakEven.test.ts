// @vitest-environment node
import { breakEvenBase, evaluateOffer, parseOffer, parseProfile, type OfferInput } from '@/domain';

const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const profile = parseProfile({
  weights: { cash: 1, scope: 1 },
  horizonYears: 1,
  money: { cash: { floor: 100_000, target: 300_000 } },
});
const rival = offer({ cash: { base: 300_000 }, ratings: { scope: 0 } }); // 100 × (0.5 × 1 + 0) = 50

describe('breakEvenBase', () => {
  it('finds the base rise that closes the gap: u_cash must reach 0.4 → +$80,000', () => {
    // ours: cash u = 0, scope 6 → 30 points; need 100 × 0.5 × u = 20 → u = 0.4 → cash = 100k + 0.4 × 200k
    const ours = offer({ cash: { base: 100_000 }, ratings: { scope: 6 } });
    const amount = breakEvenBase(ours, rival, profile);
    expect(amount).not.toBeNull();
    expect(Math.abs((amount ?? 0) - 80_000)).toBeLessThanOrEqual(1);
    const raised = offer({ cash: { base: 100_000 + (amount ?? 0) }, ratings: { scope: 6 } });
    expect(evaluateOffer(raised, profile).score).toBeGreaterThanOrEqual(
      evaluateOffer(rival, profile).score,
    );
  });

  it('lets the bonus follow the base: with a 25% bonus only base 144,000 is needed (cash = 1.25 × base = 180,000)', () => {
    const ours = offer({ cash: { base: 100_000, bonusTargetPct: 25 }, ratings: { scope: 6 } });
    expect(Math.abs((breakEvenBase(ours, rival, profile) ?? 0) - 44_000)).toBeLessThanOrEqual(1);
  });

  it('is 0 when the offer already scores at least the rival', () => {
    expect(
      breakEvenBase(offer({ cash: { base: 300_000 }, ratings: { scope: 1 } }), rival, profile),
    ).toBe(0);
  });

  it('is null when no base can close the gap', () => {
    const strong = offer({ cash: { base: 300_000 }, ratings: { scope: 10 } }); // 100
    expect(
      breakEvenBase(offer({ cash: { base: 0 }, ratings: { scope: 6 } }), strong, profile),
    ).toBeNull(); // at most 50 + 30
    const noCash = parseProfile({ ...profile, weights: { scope: 1 } });
    expect(
      breakEvenBase(offer({ ratings: { scope: 1 } }), offer({ ratings: { scope: 2 } }), noCash),
    ).toBeNull();
  });
});
