import { BOM, csvCell, toCsv } from '@/components/csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Frontier lab')).toBe('Frontier lab');
    expect(csvCell(185000)).toBe('185000');
    expect(csvCell(-1200.5)).toBe('-1200.5'); // a negative number is data, not a formula
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('the "best" offer')).toBe('"the ""best"" offer"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")'])(
    'neutralizes text that a spreadsheet would run as a formula: %j',
    (text) => {
      const cell = csvCell(text);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it.each([' =1+1', '  +SUM(A1)', '\u00a0-2+3', ' \t@cmd', '\n=1', '\u3000=1'])(
    'looks past leading spaces before deciding a cell is a formula: %j',
    (text) => {
      expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('leaves text that only contains a formula character later alone', () => {
    expect(csvCell('Base − 5%')).toBe('Base − 5%');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('—')).toBe('—');
  });

  it('quotes a neutralized formula that also holds a comma or quote', () => {
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF, ending with CRLF', () => {
    expect(
      toCsv([
        ['Offer', 'Base'],
        ['Lab, "R&D"', 340000],
      ]),
    ).toBe(`${BOM}Offer,Base\r\n"Lab, ""R&D""",340000\r\n`);
  });
});

test('a CSV file starts with the UTF-8 byte-order mark, which a Blob writes as EF BB BF', async () => {
  const text = toCsv([['Offer — €']]);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});
