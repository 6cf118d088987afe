import { describe, expect, test } from 'vitest';
import { sampleWorkspace } from '@/state/sample';
import { workspaceTakeHome } from '@/features/takehome/model';
import { buildTakeHomeSections } from '@/features/takehome/tableRows';

const rowOf = (sections: ReturnType<typeof buildTakeHomeSections>, id: string) =>
  sections.flatMap((s) => s.rows).find((r) => r.id === id)!;

describe('Compare’s Take-home rows', () => {
  test('one group per tax year and one over the horizon; sums match the years', () => {
    const ws = sampleWorkspace();
    const sections = buildTakeHomeSections(workspaceTakeHome(ws, 'expected'), 'offer-current');
    expect(sections.map((s) => s.label)).toEqual([
      'Take-home: where each offer is taxed',
      'Take-home, tax year 2026',
      'Take-home, tax year 2027',
      'Take-home, tax year 2028',
      'Take-home, tax year 2029',
      'Take-home over the horizon',
    ]);
    const total = rowOf(sections, 'th-h-net').cells[0]!.value!;
    const years = [2026, 2027, 2028, 2029].map(
      (y) => rowOf(sections, `th-${y}-net`).cells[0]!.value!,
    );
    expect(total).toBeCloseTo(
      years.reduce((a, b) => a + b, 0),
      6,
    );
  });

  test('differences against the baseline: none for the baseline, none across currencies', () => {
    const ws = sampleWorkspace();
    ws.fxRates = { GBP: 1.25 };
    ws.offers[1] = { ...ws.offers[1]!, currency: 'GBP', location: 'GB-ENG' };
    const sections = buildTakeHomeSections(workspaceTakeHome(ws, 'expected'), 'offer-current');
    const net = rowOf(sections, 'th-h-net');
    const [lab, startup, , current] = net.cells;
    expect(current!.delta).toBeNull(); // the baseline itself
    expect(startup!.delta).toBeNull(); // GBP against USD: no difference shown
    expect(startup!.text).toMatch(/^£/);
    expect(lab!.delta).toBeCloseTo(lab!.value! - current!.value!, 6);
    expect(lab!.deltaText).toMatch(/^[+−]\$/);
    // Rates compare across currencies (they are percentages).
    expect(rowOf(sections, 'th-h-effective').cells[1]!.deltaText).toMatch(/pts$/);
  });

  test('an offer without a location says so instead of a figure', () => {
    const ws = sampleWorkspace();
    ws.offers[0] = { ...ws.offers[0]!, location: 'none' };
    const sections = buildTakeHomeSections(workspaceTakeHome(ws, 'expected'), null);
    expect(rowOf(sections, 'th-location').cells[0]!.text).toBe('Not modeled (set it in Offers)');
    expect(rowOf(sections, 'th-h-net').cells[0]!.value).toBeNull();
  });
});
