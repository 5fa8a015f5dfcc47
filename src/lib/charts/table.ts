/**
 * The numbers behind a chart as one table model: rendered as the accessible data table next to the
 * chart and served as its CSV download, so both always say the same thing.
 */
import { toCsv } from '../text/csv.ts';

export interface Column {
  /** Machine name (the header cell's `data-key`). */
  key: string;
  /** Vietnamese header (HTML table and CSV). */
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

/** The CSV download (see `../csv.ts`): a header of Vietnamese labels, then the rows and the totals. */
export function chartCsv(table: DataTable): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells), ...(table.totals ? [table.totals] : [])]);
}
