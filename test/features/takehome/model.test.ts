import { describe, expect, test } from 'vitest';
import { parseWorkspace, type Workspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { cashAfterTaxByOffer, workspaceTakeHome } from '@/features/takehome/model';

/** A workspace with one offer of `base` salary only, starting January 2026. */
function oneOffer(fields: Record<string, unknown>, ws: Record<string, unknown> = {}): Workspace {
  return parseWorkspace({
    schemaVersion: 2,
    activeProfileId: 'p',
    profiles: [{ id: 'p', name: 'P', horizonYears: 1 }],
    offers: [{ id: 'o', name: 'O', startDate: '2026-01', cash: { base: 250_000 }, ...fields }],
    ...ws,
  });
}

const ok = (ws: Workspace) => {
  const o = workspaceTakeHome(ws, 'expected').offers[0]!;
  if (o.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(o)}`);
  return o;
};

describe('workspaceTakeHome', () => {
  test('San Francisco, single, $250,000: the engine’s W7 figures (tax 89,072.98)', () => {
    const o = ok(oneOffer({ location: 'US-CA' }));
    // W7: federal 51,304 + FICA 15,514 + CA 19,004.98 + SDI 3,250 = 89,072.98
    expect(o.years[0]!.totalTax).toBeCloseTo(89_072.98, 2);
    expect(o.figures[0]!.net).toBeCloseTo(160_927.02, 2);
    expect(o.horizon.tax).toBeCloseTo(89_072.98, 2);
    expect(o.rate).toBe(1);
  });

  test('Seattle, single, $250,000: W6 (tax 69,757.21)', () => {
    const o = ok(oneOffer({ location: 'US-WA' }));
    expect(o.figures[0]!.tax).toBeCloseTo(69_757.21, 2);
  });

  test('an offer in EUR converts by the workspace rates, never 1:1', () => {
    const noRate = workspaceTakeHome(oneOffer({ location: 'US-CA', currency: 'EUR' }), 'expected')
      .offers[0]!;
    expect(noRate.status).toBe('error');
    expect(noRate.status === 'error' && noRate.message).toMatch(
      /exchange rate between EUR and USD/,
    );

    // 1 EUR = 1.25 USD: €200,000 is $250,000 of wages, whose tax is W7's, restated in EUR.
    const o = ok(
      oneOffer(
        { location: 'US-CA', currency: 'EUR', cash: { base: 200_000 } },
        { fxRates: { EUR: 1.25 } },
      ),
    );
    expect(o.taxCurrency).toBe('USD');
    expect(o.currency).toBe('EUR');
    expect(o.years[0]!.totalTax).toBeCloseTo(89_072.98, 2);
    expect(o.figures[0]!.tax).toBeCloseTo(89_072.98 / 1.25, 2);
  });

  test('no location: not modeled, and left out of the after-tax cash', () => {
    const result = workspaceTakeHome(oneOffer({}), 'expected');
    expect(result.offers[0]).toEqual({ offerId: 'o', status: 'none' });
    expect(cashAfterTaxByOffer(result)).toEqual({});
  });

  test('married filing jointly counts the spouse’s wages (W4/W2 household)', () => {
    const ws = oneOffer({ location: 'US-TX', cash: { base: 300_000 } });
    ws.profiles[0]!.filing = { status: 'mfj', spouseWages: 100_000 };
    const o = ok(ws);
    expect(o.figures[0]!.gross).toBe(400_000);
    // W2 federal 73,468 + W4 FICA 24,789
    expect(o.figures[0]!.tax).toBeCloseTo(73_468 + 24_789, 2);
  });

  test('the sample: every offer has a place, private equity warns that its tax comes later', () => {
    const result = workspaceTakeHome(sampleWorkspace(), 'expected');
    expect(result.offers.map((o) => o.status === 'ok' && o.jurisdiction)).toEqual([
      'US-CA',
      'US-NYC',
      'US-WA',
      'US-TX',
    ]);
    const lab = result.offers[0]!;
    const codes =
      lab.status === 'ok' ? lab.years.flatMap((y) => y.warnings.map((w) => w.code)) : [];
    expect(codes).toContain('PRIVATE_RSU_DEFERRED');
    for (const o of result.offers) {
      if (o.status !== 'ok') continue;
      expect(o.cashAfterTax).toBeLessThan(o.cashBeforeTax);
      for (const f of o.figures) expect(f.net + f.tax).toBeCloseTo(f.gross, 6);
    }
  });

  test('an edited rule changes the years that use it; a bad edit is reported and not applied', () => {
    const base = oneOffer({ location: 'US-CA' });
    const edited = { ...base, taxRules: [{ id: '2026:US-CA.sdi', value: 2 }] };
    expect(ok(edited).figures[0]!.tax - ok(base).figures[0]!.tax).toBeCloseTo(0.007 * 250_000, 2);
    const bad = { ...base, taxRules: [{ id: '2026:US-CA.sdi', value: 'two' }] };
    const result = workspaceTakeHome(bad, 'expected');
    expect(result.ruleProblems[0]).toMatch(/US-CA\.sdi \(2026\) is not used/);
    expect(ok(bad).figures[0]!.tax).toBeCloseTo(ok(base).figures[0]!.tax, 6);
  });
});
