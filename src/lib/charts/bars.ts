/**
 * Ranked horizontal bars (one row per item, label above its bar so long Vietnamese names fit on a phone).
 * Pure geometry; `src/components/charts/RankedBarChart.astro` draws it.
 */
import { countScale } from './scale.ts';
import { fitLabel } from './text.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** A part of the value drawn inside the bar (e.g. statuses verified recently). */
  part?: number;
}

export interface Bar {
  id: string;
  /** Label as drawn (may be shortened). */
  label: string;
  value: number;
  /** Baseline of the label text. */
  labelY: number;
  barY: number;
  barWidth: number;
  /** Width of the part, when the input has one. */
  partWidth?: number;
  /** Where the value is written: just after the bar end. */
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  fontSize: number;
  bars: Bar[];
  /** Grid lines: x position and value. */
  ticks: { x: number; value: number }[];
  /** Top of the plot (below the tick labels) and its bottom. */
  plotTop: number;
  plotBottom: number;
}

export const BAR_DEFAULTS = { width: 360, row: 40, barHeight: 14, fontSize: 13, valueRoom: 44, axis: 20 } as const;

export function layoutBars(items: readonly BarInput[], options: Partial<typeof BAR_DEFAULTS> = {}): BarLayout {
  const o = { ...BAR_DEFAULTS, ...options };
  const scale = countScale(Math.max(0, ...items.map((i) => i.value)), o.width - o.valueRoom);
  const top = o.axis;
  const bars = items.map((item, i): Bar => {
    const rowTop = top + i * o.row;
    const barWidth = scale(item.value);
    const bar: Bar = {
      id: item.id,
      label: fitLabel(item.label, o.width, o.fontSize),
      value: item.value,
      labelY: rowTop + o.fontSize + 2,
      barY: rowTop + o.fontSize + 8,
      barWidth,
      valueX: barWidth + 6,
      valueY: rowTop + o.fontSize + 8 + o.barHeight - 3,
    };
    if (item.part !== undefined) bar.partWidth = scale(Math.min(item.part, item.value));
    return bar;
  });
  const plotBottom = top + items.length * o.row;
  return {
    width: o.width,
    height: plotBottom + 4,
    barHeight: o.barHeight,
    fontSize: o.fontSize,
    bars,
    ticks: scale.ticks.map((value) => ({ x: scale(value), value })),
    plotTop: top,
    plotBottom,
  };
}
