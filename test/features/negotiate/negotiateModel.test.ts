import fc from 'fast-check';
import { evaluateOffer, summarizeWorkspace } from '@/domain';
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
