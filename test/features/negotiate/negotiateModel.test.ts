import fc from 'fast-check';
import { evaluateOffer, summarizeWorkspace, unvestedValue, WorkspaceSchema } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { defaultLeverSettings, leversFrom } from '@/features/negotiate/levers';
import { buildNegotiation, roundPackage } from '@/features/negotiate/negotiateModel';

const ws = sampleWorkspace();
const startup = ws.offers.find((o) => o.id === 'offer-startup')!;
const balanced = ws.profiles.find((p) => p.id === 'profile-balanced')!;

function choice(baseMax: number, signOnMax: number, margin = 1, rivalId = 'offer-frontier') {
  const settings = defaultLeverSettings(startup, balanced);
  settings.base = { on: true, max: baseMax };
  settings.signOn = { on: true, max: signOnMax };
  return { yourId: startup.id, rivalId, profileId: balanced.id, margin, settings };
}

/** Cash alone cannot beat the frontier lab for the balanced profile: ratings at $10,000/point/year. */
function withRatings(baseMax: number, signOnMax: number) {
  const c = choice(baseMax, signOnMax);
  for (const key of Object.keys(c.settings))
    if (key.startsWith('rating:'))
      c.settings[key] = { on: true, max: 10, costPerPointPerYear: 10_000 };
  return c;
}

describe('levers', () => {
  it('defaults base to the band maximum and leaves rated dimensions off', () => {
    const settings = defaultLeverSettings(startup, balanced);
    expect(settings.base).toEqual({ on: true, max: 250_000 });
    expect(settings['rating:data']?.on).toBe(false);
    expect(leversFrom(settings, startup).map((l) => l.kind)).not.toContain('rating');
  });
});

describe('buildNegotiation on the sample', () => {
  it('says how far behind the band-limited package stays, and its cost', () => {
    const model = buildNegotiation(ws, choice(250_000, 70_000))!;
    expect(model.result.feasible).toBe(false);
    expect(model.result.shortfall).toBeGreaterThan(0);
    expect(model.band?.aboveBand).toBe(false);
  });

  it('finds a package that puts the startup first, flagged above its band', () => {
    const model = buildNegotiation(ws, withRatings(600_000, 300_000))!;
    expect(model.result.feasible).toBe(true);
    expect(model.standings[0]?.isPackage).toBe(true);
    const second = model.standings[1]!.score!;
    expect(model.standings[0]!.score!).toBeGreaterThanOrEqual(second + 1 - 1e-9);
    expect(model.band?.aboveBand).toBe(true);
    expect(model.result.extraCost).toBeGreaterThan(0);
    // The workspace is untouched: the package is a copy.
    expect(ws.offers.find((o) => o.id === startup.id)).toEqual(startup);
  });

  it('drops a start date and still answers', () => {
    const dated = {
      ...ws,
      offers: ws.offers.map((o) => (o.id === startup.id ? { ...o, startDate: '2027-03' } : o)),
    };
    const model = buildNegotiation(dated, withRatings(600_000, 300_000))!;
    expect(model.startDateDropped).toBe(true);
    expect(model.result.feasible).toBe(true);
  });

  it('returns null for the same offer twice', () => {
    expect(buildNegotiation(ws, { ...choice(300_000, 0), rivalId: startup.id })).toBeNull();
  });

  it('rounding up the package keeps the win (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 250_000, max: 900_000 }),
        fc.integer({ min: 20_000, max: 400_000 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (baseMax, signOnMax, margin) => {
          const model = buildNegotiation(ws, choice(baseMax, signOnMax, margin, 'offer-platform'))!;
          if (!model.result.feasible) return;
          const fx = summarizeWorkspace(ws).fxRates;
          const rounded = evaluateOffer(roundPackage(model.result.package, startup), balanced, {
            fxRates: fx,
          });
          expect(rounded.score).toBeGreaterThanOrEqual(model.result.target - 1e-9);
          expect(model.rounded.cash.base % 100).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('win under every view', () => {
  it('wins under every equity outlook and every profile, naming the binding views', () => {
    const base = withRatings(900_000, 400_000);
    const views = { outlooks: true, profiles: true, panel: false };
    const started = performance.now();
    const model = buildNegotiation(ws, { ...base, rivalId: 'offer-platform', views })!;
    const elapsed = performance.now() - started;
    expect(model.result.algorithm).toBe('lp');
    const names = model.scenarios.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Research-focused (sample)']));
    expect(names.some((n) => /outlook/i.test(n))).toBe(true);
    if (model.result.feasible) {
      for (const s of model.scenarios) expect(s.lead).toBeGreaterThanOrEqual(1 - 1e-6);
      expect(model.scenarios.some((s) => s.binding && s.dollarsPerPoint > 0)).toBe(true);
    }
    // Single-path comparison: the robust package costs at least as much.
    const single = buildNegotiation(ws, { ...base, rivalId: 'offer-platform' })!;
    if (model.result.feasible)
      expect(model.result.cost).toBeGreaterThanOrEqual(single.result.cost - 0.01);
    console.info(`robust path with ${names.length} views: ${elapsed.toFixed(1)} ms`);
  });

  it('uses the panel members’ weights, named after them', () => {
    const member = (name: string, weights: Record<string, number>) => ({
      id: name.toLowerCase(),
      name,
      method: 'direct',
      weights,
    });
    const panelWs = {
      ...ws,
      panels: [
        {
          id: 'panel',
          name: 'Hiring panel',
          profileId: null,
          groupProfileId: null,
          members: [
            member('Dana', { cash: 10, data: 90 }),
            member('Riley', { cash: 90, data: 10 }),
          ],
        },
      ],
    };
    const parsed = WorkspaceSchema.parse(panelWs);
    const model = buildNegotiation(parsed, {
      ...withRatings(900_000, 400_000),
      rivalId: 'offer-platform',
      views: { outlooks: false, profiles: false, panel: true },
    })!;
    expect(model.scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Dana’s view', 'Riley’s view']),
    );
  });
});

describe('make-whole', () => {
  it('shows the unvested equity of a current job under way and whether the package covers it', () => {
    const current = ws.offers.find((o) => o.id === ws.baselineOfferId)!;
    const underWay = {
      ...ws,
      offers: ws.offers.map((o) =>
        o.id === current.id ? { ...o, equity: { ...o.equity, elapsedMonths: 18 } } : o,
      ),
    };
    const expected = unvestedValue(underWay.offers.find((o) => o.id === current.id)!);
    expect(expected).toBeGreaterThan(0);
    const model = buildNegotiation(underWay, withRatings(600_000, 300_000))!;
    expect(model.makeWhole?.unvested).toBeCloseTo(expected, 6);
    const added = model.rounded.cash.signOn - startup.cash.signOn;
    expect(model.makeWhole?.covered).toBe(added >= expected);
    expect(buildNegotiation(ws, withRatings(600_000, 300_000))!.makeWhole).toBeNull();
  });
});
