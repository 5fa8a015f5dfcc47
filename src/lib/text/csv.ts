/**
 * The site's one CSV format, written by the open-data tables (`/du-lieu/`) and the charts' downloads
 * (`/so-lieu/`, the facet trends) and read back by the spreadsheet import and the tests.
 * RFC 4180: cells separated by commas, a cell is quoted when it holds a comma, a double quote, a line break
 * or leading/trailing white space, and a quote inside a quoted cell is doubled. Lines end with CRLF (the last
 * one too), text is NFC (like everything the site outputs), and a UTF-8 byte-order mark starts the file so
 * spreadsheet programs read Vietnamese correctly. Pure.
 */

/** UTF-8 byte-order mark. */
export const BOM = '\uFEFF';

/** Separator of a list's items inside one cell. */
export const LIST_SEPARATOR = '; ';

/** A cell value: lists are joined with `LIST_SEPARATOR`, `null` is an empty cell. */
export type CsvCell = string | number | boolean | null | readonly string[];

/** One cell as written in the file. */
export function csvCell(value: CsvCell): string {
  const s = (value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value)).normalize('NFC');
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: BOM, the rows (the header is the first one) with CRLF after each. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}

/** Any RFC 4180 CSV (with or without BOM; CRLF, LF or CR line ends) as rows of cells. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}
