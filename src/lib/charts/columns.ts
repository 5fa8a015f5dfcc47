/**
 * Vertical columns for values over years: stacked by series (recognitions per year by level) and
 * single columns against a target band (campaign progress). Pure geometry; components draw it.
 */
import { scaleBand } from 'd3-scale';
import { countScale } from './scale.ts';

export interface ColumnFrame {
  width: number;
  height: number;
  /** Plot area inside the margins. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
  /** Horizontal grid lines: y position and value. */
  ticks: { y: number; value: number }[];
}

export const COLUMN_DEFAULTS = { width: 400, height: 260, left: 34, right: 6, top: 24, bottom: 26, fontSize: 13, padding: 0.3 } as const;

export interface Segment {
  key: string;
  /** Index of the series (for its pattern class). */
  series: number;
  value: number;
  y: number;
  height: number;
}

export interface StackedColumn {
  label: string;
  x: number;
  width: number;
  total: number;
  /** Top of the column (where the total is written above). */
  top: number;
  segments: Segment[];
}

/** Stacked columns: one per category, segments bottom-up in series order; zero segments are left out. */
export function layoutStackedColumns(
  categories: readonly { label: string; values: readonly number[] }[],
  seriesKeys: readonly string[],
  options: Partial<Record<keyof typeof COLUMN_DEFAULTS, number>> = {},
): ColumnFrame & { columns: StackedColumn[] } {
  const o = { ...COLUMN_DEFAULTS, ...options };
  const plotH = o.height - o.top - o.bottom;
  const totals = categories.map((c) => c.values.reduce((s, v) => s + v, 0));
  const y = countScale(Math.max(0, ...totals), plotH);
  const x = scaleBand<string>().domain(categories.map((c) => c.label)).range([o.left, o.width - o.right]).padding(o.padding);
  const base = o.height - o.bottom;
  const columns = categories.map((c, ci): StackedColumn => {
    let acc = 0;
    const segments: Segment[] = [];
    c.values.forEach((value, si) => {
      if (value <= 0) return;
      const y0 = base - y(acc);
      acc += value;
      const y1 = base - y(acc);
      segments.push({ key: seriesKeys[si] ?? String(si), series: si, value, y: y1, height: y0 - y1 });
    });
    return { label: c.label, x: x(c.label) ?? 0, width: x.bandwidth(), total: totals[ci]!, top: base - y(acc), segments };
  });
  return { ...frame(o, y.ticks.map((v) => ({ y: base - y(v), value: v }))), columns };
}

export interface TargetColumn {
  label: string;
  value: number;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Reached at least the target's minimum. */
  met: boolean;
}

export interface TargetBand {
  /** Top (max, or min when there is no max) and bottom (min) of the band. */
  yMax: number;
  yMin: number;
  min: number;
  max?: number;
}

/** Columns against a target band [min, max] (or a line at min when there is no max). */
export function layoutTargetColumns(
  series: readonly { label: string; value: number }[],
  target: { min: number; max?: number | undefined },
  options: Partial<Record<keyof typeof COLUMN_DEFAULTS, number>> = {},
): ColumnFrame & { columns: TargetColumn[]; band: TargetBand } {
  const o = { ...COLUMN_DEFAULTS, ...options };
  const plotH = o.height - o.top - o.bottom;
  const y = countScale(Math.max(0, target.max ?? target.min, ...series.map((s) => s.value)), plotH);
  const x = scaleBand<string>().domain(series.map((s) => s.label)).range([o.left, o.width - o.right]).padding(o.padding);
  const base = o.height - o.bottom;
  const columns = series.map((s): TargetColumn => {
    const h = y(s.value);
    return { label: s.label, value: s.value, x: x(s.label) ?? 0, width: x.bandwidth(), y: base - h, height: h, met: s.value >= target.min };
  });
  const band: TargetBand = { yMin: base - y(target.min), yMax: base - y(target.max ?? target.min), min: target.min };
  if (target.max !== undefined) band.max = target.max;
  return { ...frame(o, y.ticks.map((v) => ({ y: base - y(v), value: v }))), columns, band };
}

function frame(o: Record<keyof typeof COLUMN_DEFAULTS, number>, ticks: { y: number; value: number }[]): ColumnFrame {
  return { width: o.width, height: o.height, left: o.left, right: o.width - o.right, top: o.top, bottom: o.height - o.bottom, fontSize: o.fontSize, ticks };
}
