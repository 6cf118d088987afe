import { describe, expect, test } from 'vitest';
import { summarizeWorkspace } from '@/domain';
import { toCsv } from '@/components/csv';
import { sampleWorkspace } from '@/state/sample';
import { buildCompareTable } from '@/features/compare/compareTable';
import { compareCsvRows } from '@/features/compare/csvRows';
import { dimensionLabeler } from '@/features/compare/labels';

describe('compareCsvRows', () => {
  const model = buildCompareTable(summarizeWorkspace(sampleWorkspace()), dimensionLabeler([]));
  const rows = compareCsvRows(model);

  test('a header of offer names (baseline marked) and the currency of each column', () => {
    expect(rows[0]).toEqual([
      'Figure',
      'Frontier lab — Research Scientist',
      'Applied-AI startup — Founding ML Engineer',
      'Public company — Staff ML Engineer, ML Platform',
      'Current job — Senior ML Engineer (baseline)',
    ]);
    expect(rows[1]).toEqual(['Currency', 'USD', 'USD', 'USD', 'USD']);
  });

  test('one row per figure with raw numbers, rounded to the cent', () => {
    expect(rows.find((r) => r[0] === 'Year 1: Base')).toEqual([
      'Year 1: Base',
      340_000,
      235_000,
      275_000,
      215_000,
    ]);
    expect(rows.find((r) => r[0] === 'Year 2: Base')?.[3]).toBe(283_250); // 275,000 × 1.03
    const score = rows.find((r) => r[0] === 'Over the horizon: Score (of 100)')!;
    for (const cell of score.slice(1)) expect(Number.isInteger((cell as number) * 10)).toBe(true);
    expect(rows.find((r) => r[0] === 'Over the horizon: Must-haves')?.[4]).toBe(
      'Misses Base salary ≥ $220,000',
    );
    expect(rows).toHaveLength(2 + 2 * 5 + 2 * 4 + 4); // no sign-on rows in years 3 and 4
  });

  test('turns into CSV with quoted names', () => {
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toContain('"Public company — Staff ML Engineer, ML Platform"');
  });
});
