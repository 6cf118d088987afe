import type { CsvCell } from '@/components/csv';
import type { CompareTableModel } from './compareTable';

/**
 * The side-by-side table as spreadsheet rows: a header of offer names, the currency of each
 * column, then one row per figure as the table shows it: money in whole currency units (the
 * model's figures, so totals are the sums of the rows above them), points to a tenth, text where a
 * figure is not a number.
 */
export function compareCsvRows(model: CompareTableModel): CsvCell[][] {
  const header: CsvCell[] = [
    'Figure',
    ...model.columns.map((c) => (c.isBaseline ? `${c.name} (baseline)` : c.name)),
  ];
  const currency: CsvCell[] = ['Currency', ...model.columns.map((c) => c.currency)];
  const rows = model.sections.flatMap((section) =>
    section.rows.map((row): CsvCell[] => [
      `${section.label}: ${row.label}`,
      ...row.cells.map((cell) =>
        cell.value === null
          ? cell.text
          : row.kind === 'money'
            ? cell.value
            : Number(cell.value.toFixed(1)),
      ),
    ]),
  );
  return [header, currency, ...rows];
}
