// @vitest-environment node
/** Invariants of the engine, checked on 1,000 random valid inputs each. */

import fc from 'fast-check';
import {
  WORKSPACE_VERSION,
  blackScholesCall,
  breakEvenBase,
  compensationByYear,
  employerCostByYear,
  evaluateOffer,
  exitValue,
  leaderWeightRanges,
  normalizedWeights,
  parseFinance,
  parseOffer,
  parseWorkspace,
  summarizeWorkspace,
  vestingFractionsByYear,
  weightFlipPoints,
  type Offer,
  type Profile,
  type StoredOffer,
} from '@/domain';
import { amount, offer, profile, vestingInput } from './arbitraries';

const runs = { numRuns: 1000 };
const finance = parseFinance({});
const score = (o: Offer, p: Profile) => evaluateOffer(o, p).score;
const allFinite = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : value === null || typeof value !== 'object' || Object.values(value).every(allFinite);

describe('engine invariants', () => {
  it('a grant’s vests sum to its shares', () => {
    fc.assert(
      fc.property(vestingInput, fc.double({ min: 1, max: 1e6, noNaN: true }), (vesting, shares) => {
        const grant = parseOffer({
          name: 'x',
          cash: { base: 0 },
          equity: { type: 'rsu', shares, sharePrice: 1, vesting },
        });
        const vested = compensationByYear(grant, vesting.years).reduce((s, r) => s + r.equity, 0); // $1 a share, no growth
        expect(vested).toBeCloseTo(shares, 6);
        expect(
          vestingFractionsByYear(grant.equity.vesting, 10).reduce((s, f) => s + f, 0),
        ).toBeCloseTo(1, 12);
      }),
      runs,
    );
  });

  it('every output is finite for every valid input', () => {
    fc.assert(
      fc.property(offer, offer, profile, amount(1e11), (a, b, p, exit) => {
        expect(allFinite(compensationByYear(a, p.horizonYears))).toBe(true);
        expect(allFinite(employerCostByYear(a, finance, p.horizonYears))).toBe(true);
        expect(allFinite(evaluateOffer(a, p))).toBe(true);
        expect(allFinite(weightFlipPoints(a, b, p))).toBe(true);
        expect(allFinite(leaderWeightRanges(a, b, p))).toBe(true);
        expect(allFinite(exitValue(a, exit))).toBe(true);
        const o = finance.optionValuation;
        const call = blackScholesCall({
          price: a.equity.sharePrice,
          strike: a.equity.strikePrice,
          years: o.expectedTermYears,
          volatilityPct: o.volatilityPct,
          riskFreePct: o.riskFreePct,
        });
        expect(Number.isFinite(call)).toBe(true);
      }),
      runs,
    );
  });

  it('the score stays in [0, 100]', () => {
    fc.assert(
      fc.property(offer, profile, (o, p) => {
        const s = score(o, p);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }),
      runs,
    );
  });

  it('raising base, equity (shares or price) or a rating never lowers the score', () => {
    const rated = fc.constantFrom('scope', 'data', 'roadmap', 'commitment');
    fc.assert(
      fc.property(
        offer,
        profile,
        amount(500_000),
        fc.double({ min: 1, max: 3, noNaN: true }),
        rated,
        amount(10),
        (o, p, extra, factor, dimension, bump) => {
          const before = score(o, p) - 1e-9;
          expect(
            score({ ...o, cash: { ...o.cash, base: o.cash.base + extra } }, p),
          ).toBeGreaterThanOrEqual(before);
          expect(
            score({ ...o, equity: { ...o.equity, shares: o.equity.shares * factor } }, p),
          ).toBeGreaterThanOrEqual(before);
          expect(
            score(
              {
                ...o,
                equity: { ...o.equity, sharePrice: o.equity.sharePrice * factor + extra / 1_000 },
              },
              p,
            ),
          ).toBeGreaterThanOrEqual(before);
          const current = o.ratings[dimension] ?? 5;
          expect(
            score(
              { ...o, ratings: { ...o.ratings, [dimension]: Math.min(10, current + bump) } },
              p,
            ),
          ).toBeGreaterThanOrEqual(before);
        },
      ),
      runs,
    );
  });

  it('setting a dimension’s weight to its flip point ties the two offers', () => {
    fc.assert(
      fc.property(offer, offer, profile, (a, b, p) => {
        const W = normalizedWeights(p);
        for (const [dimension, t] of Object.entries(weightFlipPoints(a, b, p))) {
          if (t === null) continue;
          const Wi = W[dimension] ?? 0;
          // W_i → t, the others rescaled proportionally to sum 1 − t
          const weights = Object.fromEntries(
            Object.entries(W).map(([id, w]) => [
              id,
              id === dimension ? t : (w * (1 - t)) / (1 - Wi),
            ]),
          );
          const tied = { ...p, weights };
          expect(score(a, tied)).toBeCloseTo(score(b, tied), 6);
        }
      }),
      runs,
    );
  });

  it('adding the break-even amount makes the offer score at least the rival’s', () => {
    fc.assert(
      fc.property(offer, offer, profile, (a, b, p) => {
        const extra = breakEvenBase(a, b, p);
        const rival = score(b, p);
        if (extra === null) {
          // not even a base that saturates cash utility is enough
          expect(score({ ...a, cash: { ...a.cash, base: a.cash.base + 1e12 } }, p)).toBeLessThan(
            rival,
          );
        } else {
          expect(extra).toBeGreaterThanOrEqual(0);
          expect(
            score({ ...a, cash: { ...a.cash, base: a.cash.base + extra } }, p),
          ).toBeGreaterThanOrEqual(rival);
        }
      }),
      runs,
    );
  });

  it('an offer’s evaluation does not depend on any other offer', () => {
    fc.assert(
      fc.property(
        offer,
        fc.array(offer, { maxLength: 3 }),
        profile,
        fc.nat(),
        (a, others, p, position) => {
          const stored = (o: Offer, id: string): StoredOffer => ({ ...o, id });
          const base = parseWorkspace({
            schemaVersion: WORKSPACE_VERSION,
            profiles: [{ ...p, id: 'p' }],
            activeProfileId: 'p',
          });
          const offers = others.map((o, i) => stored(o, `other-${i}`));
          offers.splice(position % (offers.length + 1), 0, stored(a, 'a'));
          const alone = summarizeWorkspace({ ...base, offers: [stored(a, 'a')] }).offers[0]
            ?.evaluation;
          const together = summarizeWorkspace({ ...base, offers }).offers.find(
            (s) => s.offer.id === 'a',
          )?.evaluation;
          expect(together).toEqual(alone);
          expect(alone).toEqual(evaluateOffer(a, p));
        },
      ),
      runs,
    );
  });
});
