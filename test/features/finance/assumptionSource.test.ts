import { US_PAYROLL_TAXES_2026 } from '@/domain';
import { assumptionSource, assumptionSourceLabel } from '@/features/finance/assumptionSource';

const [oasdi, medicare] = US_PAYROLL_TAXES_2026 as [
  (typeof US_PAYROLL_TAXES_2026)[number],
  (typeof US_PAYROLL_TAXES_2026)[number],
];

describe('assumptionSourceLabel', () => {
  it('a published default cites its source', () => {
    expect(assumptionSourceLabel(oasdi)).toBe(oasdi.source);
    expect(assumptionSource(medicare)).toEqual({ own: false, edited: [], source: medicare.source });
  });

  it('an edited rate or cap is the user’s, with the original source kept', () => {
    expect(assumptionSourceLabel({ ...oasdi, ratePct: 6.5 })).toBe(
      `Your assumption (rate edited; default source: ${oasdi.source})`,
    );
    expect(assumptionSourceLabel({ ...oasdi, wageCap: 200_000 })).toBe(
      `Your assumption (wage cap edited; default source: ${oasdi.source})`,
    );
    expect(assumptionSourceLabel({ ...medicare, ratePct: 2, wageCap: 1_000_000 })).toBe(
      `Your assumption (rate and wage cap edited; default source: ${medicare.source})`,
    );
    expect(assumptionSource({ ...oasdi, wageCap: undefined }).edited).toEqual(['cap']);
  });

  it('a row with no source, or its own text, is the user’s', () => {
    expect(assumptionSourceLabel({ ratePct: 1, source: '' })).toBe('Your assumption');
    expect(assumptionSourceLabel({ ratePct: 1, source: '  ' })).toBe('Your assumption');
    expect(assumptionSourceLabel({ ratePct: 1, source: 'State notice' })).toBe('State notice');
    expect(assumptionSource({ ratePct: 1, source: 'State notice' }).own).toBe(true);
  });

  it('takes other published defaults', () => {
    const defaults = [{ ratePct: 13.8, source: 'HMRC 2026' }];
    expect(assumptionSourceLabel({ ratePct: 15, source: 'HMRC 2026' }, defaults)).toBe(
      'Your assumption (rate edited; default source: HMRC 2026)',
    );
  });
});
