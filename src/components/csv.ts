/** CSV for spreadsheets: RFC 4180 quoting, a UTF-8 byte-order mark, formula-looking cells neutralized. */
export type CsvCell = string | number | null | undefined;

/**
 * Cells starting with these run as formulas in spreadsheet apps (CSV injection). Spreadsheets
 * skip leading spaces before reading a formula, so the check also looks past them.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it ("—", "€" intact). */
export const BOM = '\uFEFF';

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers are data, not formulas: a negative number stays a number.
  let text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
  if (typeof cell === 'string' && (FORMULA_START.test(text) || FORMULA_START.test(text.trim())))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to the text of a CSV file: the BOM, then CRLF line endings (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
