/**
 * The numbers behind a chart as one table model: rendered as the accessible data table next to the
 * chart and served as its CSV download, so both always say the same thing.
 */

export interface Column {
  /** Machine name (CSV header). */
  key: string;
  /** Vietnamese header (HTML table). */
  label: string;
  numeric?: boolean;
  /** Only in the CSV (machine ids), not in the HTML table. */
  csvOnly?: boolean;
}

export interface Row {
  /** Cells in column order; the first cell is the row header. */
  cells: readonly (string | number)[];
  /** Page behind the row (its first cell links there). */
  href?: string;
}

export interface DataTable {
  columns: readonly Column[];
  rows: readonly Row[];
  /** Show at most this many rows in the HTML table (the CSV always has them all). */
  htmlLimit?: number;
  /** Optional last row of totals (cells in column order). */
  totals?: readonly (string | number)[];
}

/** UTF-8 byte order mark: lets spreadsheet programs read Vietnamese CSV correctly. */
export const BOM = '\uFEFF';

function csvCell(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : value.normalize('NFC');
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF line ends) with a BOM: a header of Vietnamese labels, then the rows and the totals. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)), ...table.rows.map((r) => r.cells.map(csvCell))];
  if (table.totals) lines.push(table.totals.map(csvCell));
  return `${BOM}${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
