/**
 * Issue 9: no stored or imported workspace can produce a non-finite figure. Every bounded field
 * is fed its schema's extremes (0, the smallest positive step and the maximum) and every number
 * the engine returns must be finite.
 */
import fc from 'fast-check';
import {
  MAX_AMOUNT,
  MAX_WEIGHT,
  WORKSPACE_VERSION,
  parseOffer,
  parseProfile,
  parseWorkspace,
  summarizeWorkspace,
  type OfferInput,
} from '@/domain';

const extreme = (min: number, max: number) =>
  fc.constantFrom(min, max, (min + max) / 2, 1e-9 + min);
const money = extreme(0, MAX_AMOUNT);

const extremeOffer: fc.Arbitrary<OfferInput> = fc.record({
  name: fc.constant('Extreme'),
  currency: fc.constantFrom('USD', 'EUR'),
  cash: fc.record({
    base: money,
    raisePct: extreme(0, 100),
    bonusTargetPct: extreme(0, 500),
    bonusPayoutPct: extreme(0, 300),
    signOn: money,
    signOnYear2: money,
    relocation: money,
  }),
  equity: fc.record({
    type: fc.constantFrom('none', 'rsu', 'options'),
    shares: money,
    sharePrice: money,
    strikePrice: money,
    growthPct: extreme(-90, 200),
    liquidity: fc.constantFrom('public', 'private'),
    successPct: extreme(0, 100),
    dilutionPct: extreme(0, 99),
    vesting: fc.record({ years: fc.constantFrom(1, 10), cliffMonths: fc.constant(0) }),
    refresh: fc.record({ value: money, startYear: fc.constantFrom(1, 2, 10) }),
  }),
  benefits: fc.record({ value: money, employerCost: money }),
  ratings: fc.record({ scope: extreme(0, 10), data: extreme(0, 10) }),
  band: fc.constant({ min: 0, mid: MAX_AMOUNT / 2, max: MAX_AMOUNT }),
});

/** Every number anywhere inside a value, with its path. */
function numbersIn(value: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbersIn(v, path ? `${path}.${k}` : k, out);
  return out;
}

it('every figure of a workspace at the schema bounds is finite', () => {
  fc.assert(
    fc.property(
      fc.array(extremeOffer, { minLength: 1, maxLength: 3 }),
      fc.record({
        cash: extreme(0, MAX_WEIGHT),
        equity: extreme(0, MAX_WEIGHT),
        scope: extreme(0, MAX_WEIGHT),
      }),
      fc.constantFrom(1, 10),
      fc.constantFrom(1e-6, 1e6),
      (offers, weights, horizonYears, eurRate) => {
        const profile = parseProfile({
          id: 'p',
          horizonYears,
          weights: { ...weights, data: 1 },
          money: {
            cash: { floor: 0, target: MAX_AMOUNT },
            equity: { floor: MAX_AMOUNT - 1, target: MAX_AMOUNT },
          },
          constraints: [{ dimension: 'totalComp', min: MAX_AMOUNT }],
        });
        const workspace = parseWorkspace({
          schemaVersion: WORKSPACE_VERSION,
          offers: offers.map((o, i) => ({ ...parseOffer(o), id: `o${i}` })),
          profiles: [profile],
          activeProfileId: 'p',
          baselineOfferId: 'o0',
          fxRates: { EUR: eurRate },
        });
        const summary = summarizeWorkspace(workspace, { includeFlipPoints: true });
        const bad = numbersIn(summary).filter(([, n]) => !Number.isFinite(n));
        expect(bad).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
});
