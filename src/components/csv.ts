/** CSV for spreadsheets: RFC 4180 quoting, and formula-looking cells neutralized. */
export type CsvCell = string | number | null | undefined;

/** Cells starting with these run as formulas in spreadsheet apps (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Spaces (not tabs or returns, which the guard must still see) off both ends. */
const trimSpaces = (text: string) => text.replace(/^ +| +$/g, '');

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers are data, not formulas: a negative number stays a number.
  // Text is trimmed first: spreadsheets drop leading spaces, so " =1+1" would run as a formula.
  let text =
    typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : trimSpaces(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line endings (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
