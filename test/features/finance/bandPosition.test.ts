import { employerCostByYear, type EmployerCostYear } from '@/domain';
import { sampleWorkspace } from '@/state/workspaceStore';
import { bandPosition } from '@/features/finance/bandPosition';

const band = { min: 200_000, mid: 225_000, max: 250_000 };
const firstYear = (base: number): EmployerCostYear => ({
  year: 1,
  base,
  bonus: 0,
  signOn: 0,
  relocation: 0,
  benefits: 0,
  payrollTax: 0,
  equityExpense: 0,
  total: base,
  compaRatio: base / band.mid,
  rangePosition: (base - band.min) / (band.max - band.min),
});

describe('bandPosition', () => {
  it('is null without a band or without engine band figures', () => {
    expect(bandPosition(undefined, firstYear(230_000))).toBeNull();
    const { compaRatio: _c, rangePosition: _r, ...noBand } = firstYear(230_000);
    expect(bandPosition(band, noBand)).toBeNull();
    expect(bandPosition(band, undefined)).toBeNull();
  });

  it('reports a base inside the band as within, with the engine ratios', () => {
    const p = bandPosition(band, firstYear(240_000))!;
    expect(p.status).toBe('within');
    expect(p.outsideBy).toBe(0);
    expect(p.compaRatio).toBeCloseTo(240 / 225, 9);
    expect(p.rangePosition).toBeCloseTo(0.8, 9);
  });

  it('counts the band edges as within', () => {
    expect(bandPosition(band, firstYear(200_000))!.status).toBe('within');
    expect(bandPosition(band, firstYear(250_000))!.status).toBe('within');
  });

  it('flags a base above max or below min with the distance', () => {
    expect(bandPosition(band, firstYear(260_000))).toMatchObject({
      status: 'above',
      outsideBy: 10_000,
    });
    expect(bandPosition(band, firstYear(190_000))).toMatchObject({
      status: 'below',
      outsideBy: 10_000,
    });
  });

  it('flags the sample public-company offer as above its band', () => {
    const ws = sampleWorkspace();
    const offer = ws.offers.find((o) => o.id === 'offer-platform')!;
    const p = bandPosition(offer.band, employerCostByYear(offer, ws.finance, 1)[0])!;
    expect(p).toMatchObject({ status: 'above', outsideBy: 5_000, base: 275_000 });
  });
});
