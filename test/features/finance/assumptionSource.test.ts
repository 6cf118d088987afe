import { describe, expect, it } from 'vitest';
import { US_PAYROLL_TAXES_2026, type PayrollTax } from '@/domain';
import {
  OWN_ASSUMPTION,
  assumptionSource,
  assumptionSourceLabel,
} from '@/features/finance/assumptionSource';

const [oasdi, medicare] = US_PAYROLL_TAXES_2026.map((t) => ({ ...t })) as [PayrollTax, PayrollTax];

describe('assumptionSource', () => {
  it('keeps a published row as published', () => {
    expect(assumptionSource(oasdi)).toEqual({ edited: false, label: oasdi.source, changes: [] });
    expect(assumptionSourceLabel(medicare)).toBe(medicare.source);
  });

  it('labels an edited rate as the user’s own and keeps the published source', () => {
    const s = assumptionSource({ ...oasdi, ratePct: 7 });
    expect(s.edited).toBe(true);
    expect(s.label).toBe('Your assumption: rate 7% (published 6.2%)');
    expect(s.originalSource).toBe(oasdi.source);
    expect(assumptionSourceLabel({ ...oasdi, ratePct: 7 })).toBe(
      `Your assumption: rate 7% (published 6.2%). Based on: ${oasdi.source}`,
    );
  });

  it('labels an edited, added or removed wage cap', () => {
    expect(assumptionSource({ ...oasdi, wageCap: 200_000 }).label).toBe(
      'Your assumption: wage cap $200,000 (published $184,500)',
    );
    const { wageCap: _cap, ...uncapped } = oasdi;
    expect(assumptionSource(uncapped).label).toBe(
      'Your assumption: no wage cap (published $184,500)',
    );
    expect(assumptionSource({ ...medicare, wageCap: 1_000_000 }).changes).toEqual([
      'wage cap $1,000,000 (published no cap)',
    ]);
  });

  it('names both changes', () => {
    expect(assumptionSource({ ...oasdi, ratePct: 6.5, wageCap: 190_000 }).changes).toHaveLength(2);
  });

  it('a row with a source of the user’s own words is shown as written', () => {
    const own = { name: 'State SUI', ratePct: 2.7, wageCap: 7_000, source: 'CA EDD letter 2026' };
    expect(assumptionSource(own)).toEqual({ edited: false, label: own.source, changes: [] });
  });

  it('a row without a source is the user’s assumption', () => {
    expect(assumptionSourceLabel({ name: 'New tax', ratePct: 1, source: '  ' })).toBe(
      OWN_ASSUMPTION,
    );
  });
});
