/**
 * A tile map of Hanoi without map data: one square per area of `content/areas.yaml`, at the row and column the
 * file gives it (row 0 north, column 0 west), shaded by count in a few classes. Pure geometry and classes; the
 * component `TileMap.astro` draws it and a table says the same numbers.
 */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import { formatInt } from '../text/format.ts';
import { compareVi } from '../text/text.ts';
import { isCityWide } from '../../vocabulary.ts';
import { joinVi } from './target.ts';

export interface TileArea {
  id: string;
  label: string;
  short: string;
  tile: { row: number; col: number };
}

/** One class of the legend: counts from `min` to `max` (both included). Class 0 is always "none". */
export interface ShadeClass {
  index: number;
  min: number;
  max: number;
}

export interface Tile {
  id: string;
  label: string;
  short: string;
  value: number;
  shade: number;
  x: number;
  y: number;
}

export interface TileMapLayout {
  width: number;
  height: number;
  size: number;
  tiles: Tile[];
  classes: ShadeClass[];
}

export const TILE = { size: 56, gap: 4, fontSize: 13 } as const;

/** How many shaded classes above zero at most. */
export const SHADES = 3;

/**
 * Classes of the legend for counts up to `max`: `0`, then at most three ranges that split 1…max evenly
 * (upper bounds rounded up), e.g. max 18 → 0 · 1–6 · 7–12 · 13–18; max 2 → 0 · 1 · 2.
 */
export function shadeClasses(max: number): ShadeClass[] {
  const classes: ShadeClass[] = [{ index: 0, min: 0, max: 0 }];
  const steps = Math.min(SHADES, Math.max(0, Math.floor(max)));
  let lower = 1;
  for (let k = 1; k <= steps; k++) {
    const upper = Math.ceil((max * k) / steps);
    classes.push({ index: k, min: lower, max: upper });
    lower = upper + 1;
  }
  return classes;
}

/** Index of the class a value falls in. */
export function shadeOf(value: number, classes: readonly ShadeClass[]): number {
  return classes.find((c) => value >= c.min && value <= c.max)?.index ?? classes.length - 1;
}

/** Lay the areas that have a tile on the grid, with their counts (areas missing from `counts` count 0). */
export function layoutTileMap(areas: readonly TileArea[], counts: ReadonlyMap<string, number>): TileMapLayout {
  const step = TILE.size + TILE.gap;
  const cols = Math.max(0, ...areas.map((a) => a.tile.col)) + 1;
  const rows = Math.max(0, ...areas.map((a) => a.tile.row)) + 1;
  const classes = shadeClasses(Math.max(0, ...areas.map((a) => counts.get(a.id) ?? 0)));
  const tiles = areas
    .map((a): Tile => {
      const value = counts.get(a.id) ?? 0;
      return { id: a.id, label: a.label, short: a.short, value, shade: shadeOf(value, classes), x: a.tile.col * step, y: a.tile.row * step };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return { width: cols * step - TILE.gap, height: rows * step - TILE.gap, size: TILE.size, tiles, classes };
}

/** What the map component draws: the tiles, the whole-city count told apart, the table rows and the summary. */
export interface TileMapData {
  layout: TileMapLayout;
  /** Initiatives of the whole city (departments), not on any tile. */
  city: { id: string; label: string; value: number } | undefined;
  /** Areas with a tile and a count above zero: most first, then Vietnamese order. */
  rows: { id: string; label: string; value: number }[];
  /** Labels of the tiled areas with nothing yet, in Vietnamese order. */
  empty: string[];
  summary: string;
}

export function tileMapData(
  areas: readonly { id: string; label: string; kind: string; short?: string | undefined; tile?: { row: number; col: number } | undefined }[],
  counts: ReadonlyMap<string, number>,
): TileMapData {
  const tiled = areas.flatMap((a) => (a.tile ? [{ id: a.id, label: a.label, short: a.short ?? a.label.slice(0, 3), tile: a.tile }] : []));
  const layout = layoutTileMap(tiled, counts);
  const city = areas.find(isCityWide);
  const rows = layout.tiles
    .filter((t) => t.value > 0)
    .map(({ id, label, value }) => ({ id, label, value }))
    .sort((a, b) => b.value - a.value || compareVi(a.label, b.label) || a.id.localeCompare(b.id));
  const empty = layout.tiles.filter((t) => t.value === 0).map((t) => t.label).sort(compareVi);
  const top = rows.filter((r) => r.value === rows[0]?.value);
  const t = vi.map;
  return {
    layout,
    city: city ? { id: city.id, label: city.label, value: counts.get(city.id) ?? 0 } : undefined,
    rows,
    empty,
    summary: rows.length === 0 ? t.none : format(t.summary, { areas: formatInt(rows.length), top: joinVi(top.map((r) => r.label)), n: formatInt(rows[0]!.value) }),
  };
}
