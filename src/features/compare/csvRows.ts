import type { CsvCell } from '@/components/csv';
import type { CompareTableModel } from './compareTable';

/** Money to the cent and points to a tenth: enough for a spreadsheet, no float noise. */
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The side-by-side table as spreadsheet rows: a header of offer names, the currency of each
 * column, then one row per figure with raw numbers (text where a figure is not a number).
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
        cell.value === null ? cell.text : round(cell.value, row.kind === 'money' ? 2 : 1),
      ),
    ]),
  );
  return [header, currency, ...rows];
}
