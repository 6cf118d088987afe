// @vitest-environment node
/** Invariants of take-home pay (tax.md §10), on random wages in every jurisdiction. */
import fc from 'fast-check';
import {
  marginalRate,
  TAX_JURISDICTIONS,
  takeHome,
  type FilingStatus,
  type JurisdictionId,
  type TaxYearWages,
} from '@/domain';
import { RULES } from './helpers';

const runs = { numRuns: 400 };
const money = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const place = fc.constantFrom(...TAX_JURISDICTIONS);
const filing = fc.constantFrom<FilingStatus>('single', 'mfj');
const wages = fc.record({
  year: fc.constantFrom(2025, 2026, 2027),
  salary: money(3_000_000),
  bonus: money(500_000),
  rsuVest: money(1_000_000),
  nsoSpread: money(200_000),
  isoSpread: money(300_000),
  spouseWages: money(500_000),
});
const fit = (w: TaxYearWages, f: FilingStatus): TaxYearWages =>
  f === 'single' ? { ...w, spouseWages: 0 } : w;
const one = (w: TaxYearWages, j: JurisdictionId, f: FilingStatus) => {
  const [y] = takeHome([fit(w, f)], j, f, RULES);
  if (!y) throw new Error('no year');
  return y;
};

/** NY taxable income of a year (standard deduction only). */
const nyTaxable = (w: TaxYearWages, f: FilingStatus) =>
  Math.max(
    0,
    w.salary! +
      (w.bonus ?? 0) +
      (w.rsuVest ?? 0) +
      (w.nsoSpread ?? 0) +
      (f === 'mfj' ? (w.spouseWages ?? 0) : 0) -
      (f === 'mfj' ? 16_050 : 8_000),
  );
const TIER_STARTS = {
  single: [215_400, 1_077_550, 5_000_000],
  mfj: [161_550, 323_200, 2_155_350, 5_000_000],
};

/** The places §10 names where a $1,000 marginal rate may leave [0, 1): NY notches (and the
 * phase-in that follows each), and the NYC school-credit cliff at NYC taxable income 500,000. */
function namedException(w: TaxYearWages, j: JurisdictionId, f: FilingStatus): boolean {
  if (j !== 'US-NY' && j !== 'US-NYC') return false;
  const ti = nyTaxable(w, f);
  if (TIER_STARTS[f].some((s) => ti >= s - 1_000 && ti <= s + 50_000)) return true;
  return j === 'US-NYC' && ti >= 499_000 && ti <= 500_000;
}

describe('take-home invariants', () => {
  it('total tax is non-decreasing in wages (salary or bonus), in every place and filing', () => {
    fc.assert(
      fc.property(wages, place, filing, money(200_000), fc.boolean(), (w, j, f, extra, toBonus) => {
        const more = toBonus
          ? { ...w, bonus: (w.bonus ?? 0) + extra }
          : { ...w, salary: w.salary! + extra };
        // a credit line (NYC school credit) grows with income; per-line cent rounding may then
        // cost at most a cent against the sum
        expect(one(more, j, f).totalTax).toBeGreaterThanOrEqual(one(w, j, f).totalTax - 0.01);
      }),
      runs,
    );
  });

  it('net ≤ gross, except a NYC resident with near-zero wages (the refundable $63)', () => {
    fc.assert(
      fc.property(wages, place, filing, fc.boolean(), (w0, j, f, tiny) => {
        const w = tiny ? { year: 2026, salary: w0.salary! / 10_000 } : w0; // also 0–300 wages
        const y = one(w, j, f);
        if (y.net > y.gross) {
          expect(j).toBe('US-NYC');
          expect(y.gross).toBeLessThan(1_000);
        }
      }),
      runs,
    );
  });

  it('marginal rates lie in [0, 1) except where §10 names an exception', () => {
    fc.assert(
      fc.property(wages, place, filing, (w, j, f) => {
        const rate = marginalRate(fit(w, f), j, f, RULES);
        expect(rate).toBeGreaterThanOrEqual(-1e-12);
        if (!namedException(w, j, f)) expect(rate).toBeLessThan(1);
      }),
      runs,
    );
  });

  it('a scan of salaries 0–2.5M by $2,500: monotone totals and marginal rates in [0, 1) off the exceptions', () => {
    for (const j of TAX_JURISDICTIONS)
      for (const f of ['single', 'mfj'] as const) {
        let previous = -Infinity;
        for (let salary = 0; salary <= 2_500_000; salary += 2_500) {
          const w = { year: 2026, salary };
          const y = one(w, j, f);
          expect(y.totalTax).toBeGreaterThanOrEqual(previous - 0.01);
          previous = y.totalTax;
          const rate = y.marginalRatePct / 100;
          expect(rate).toBeGreaterThanOrEqual(-1e-12);
          if (!namedException(w, j, f)) expect(rate, `${j} ${f} ${salary}`).toBeLessThan(1);
        }
      }
  });

  it('the exceptions are real: a NY notch and the NYC cliff exceed 100% for a $1,000 step', () => {
    // single TI 1,077,000 → 1,078,000 crosses tier 3: jump 4,827.52 + 37% + 2.35% + 9.65% of 1,000
    expect(
      marginalRate({ year: 2026, salary: 1_085_000 }, 'US-NY', 'single', RULES),
    ).toBeGreaterThan(1);
    // NYC TI 499,500 → 500,500 loses the 1,133 rate reduction
    expect(
      marginalRate({ year: 2026, salary: 507_500 }, 'US-NYC', 'single', RULES),
    ).toBeGreaterThan(1);
    // the UK taper band is 62%, inside [0, 1)
    expect(marginalRate({ year: 2026, salary: 110_000 }, 'GB-ENG', 'single', RULES)).toBeCloseTo(
      0.62,
      12,
    );
  });

  it('totalTax is the sum of the rounded lines; net = gross − totalTax; rates as defined', () => {
    fc.assert(
      fc.property(wages, place, filing, (w, j, f) => {
        const y = one(w, j, f);
        const cents = y.lines.reduce((s, l) => s + Math.round(l.amount * 100), 0);
        for (const l of y.lines)
          expect(Math.abs(l.amount * 100 - Math.round(l.amount * 100))).toBeLessThan(1e-6);
        expect(Math.round(y.totalTax * 100)).toBe(cents);
        expect(y.net).toBeCloseTo(y.gross - y.totalTax, 6);
        expect(y.effectiveRatePct).toBeCloseTo(y.gross > 0 ? (100 * y.totalTax) / y.gross : 0, 9);
        expect(y.marginalRatePct).toBeCloseTo(100 * marginalRate(fit(w, f), j, f, RULES), 9);
        expect(y.lines.every((l) => l.formula.startsWith(`${l.id} = `))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the marginal rate matches two takeHome totals to within rounding', () => {
    fc.assert(
      fc.property(wages, place, filing, (w, j, f) => {
        const y0 = one(w, j, f);
        const y1 = one({ ...w, salary: w.salary! + 1_000 }, j, f);
        const tolerance = (0.005 * y0.lines.length * 2) / 1_000;
        expect(
          Math.abs((y1.totalTax - y0.totalTax) / 1_000 - y0.marginalRatePct / 100),
        ).toBeLessThanOrEqual(tolerance + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
