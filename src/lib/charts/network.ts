/**
 * The replication network as a ranked visual: one row per initiative that spread, one dot per unit that
 * applied it, dots grouped by the unit's area (a gap between areas); hollow dots are units in the
 * initiative's own area, filled dots units elsewhere. Pure geometry; `NetworkChart.astro` draws it.
 */
import { fitLabel } from './text.ts';

export interface NetworkInput {
  id: string;
  title: string;
  area: string;
  units: readonly { id: string; area: string }[];
  areas: readonly { id: string }[];
}

export interface NetworkDot {
  cx: number;
  cy: number;
  /** The unit is in the initiative's own area. */
  sameArea: boolean;
}

export interface NetworkRow {
  id: string;
  label: string;
  labelY: number;
  dots: NetworkDot[];
  /** Units not drawn because the row is full. */
  more: number;
  unitCount: number;
  areaCount: number;
  /** Where "N đơn vị · M địa bàn" is written. */
  noteX: number;
  noteY: number;
}

export const NETWORK_DEFAULTS = { width: 360, row: 44, fontSize: 13, radius: 5.5, step: 14, areaGap: 8, noteRoom: 140, maxRows: 15 } as const;

export function layoutNetwork(items: readonly NetworkInput[], options: Partial<typeof NETWORK_DEFAULTS> = {}) {
  const o = { ...NETWORK_DEFAULTS, ...options };
  const shown = items.slice(0, o.maxRows);
  const rows = shown.map((item, i): NetworkRow => {
    const top = i * o.row;
    const labelY = top + o.fontSize + 2;
    const cy = top + o.fontSize + 8 + o.radius + 2;
    const order = item.areas.map((a) => a.id);
    const units = [...item.units].sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
    const dots: NetworkDot[] = [];
    let x = o.radius + 1;
    let prevArea: string | undefined;
    let more = 0;
    for (const u of units) {
      if (prevArea !== undefined && u.area !== prevArea) x += o.areaGap;
      if (x + o.radius > o.width - o.noteRoom) {
        more++;
        continue;
      }
      dots.push({ cx: x, cy, sameArea: u.area === item.area });
      prevArea = u.area;
      x += o.step;
    }
    return {
      id: item.id,
      label: fitLabel(item.title, o.width, o.fontSize),
      labelY,
      dots,
      more,
      unitCount: item.units.length,
      areaCount: item.areas.length,
      noteX: x - o.step + o.radius + 10,
      noteY: cy + 5,
    };
  });
  return { width: o.width, height: Math.max(1, rows.length * o.row + 4), radius: o.radius, fontSize: o.fontSize, rows, hidden: items.length - shown.length };
}
