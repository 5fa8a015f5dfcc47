/**
 * Pure helpers behind the browse pages (listings, A–Z, facets, honor roll). They take published
 * records and compute every grouping in one pass, so a site of 50,000 records does not filter the
 * whole list once per unit, field, area or year.
 */
import { levelRank, valuesOf, AWARDS, LEVELS, type Award, type Level } from '../../vocabulary.ts';
import { compareVi } from '../text/text.ts';

/** The minimum an item needs to be grouped. */
export interface Browsable {
  id: string;
  data: {
    title: string;
    unit: string;
    field: string;
    area: string;
    recognitions: readonly { level: Level; award: Award; year: number; decisionDate: string }[];
    status: { replicatedBy: readonly string[] };
  };
}

/** Add `item` to the list under `key`. */
/** Append `item` to the list of `key` in `map`, starting the list if there is none. */
export function push<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Recognition round years of an item, each once, newest first. */
export function roundYears(item: Browsable): number[] {
  return [...new Set(item.data.recognitions.map((r) => r.year))].sort((a, b) => b - a);
}

export interface BrowseIndex<T extends Browsable> {
  byUnit: Map<string, T[]>;
  replicatedByUnit: Map<string, T[]>;
  byField: Map<string, T[]>;
  byArea: Map<string, T[]>;
  /** Items recognised (at any level) in a round year. */
  byYear: Map<number, T[]>;
  /** Years that have at least one item, newest first. */
  years: number[];
}

/**
 * Group items (already in display order) by unit, replicating unit, field, area and round year,
 * in one pass. Lists keep the order of `items`; empty groups do not exist.
 */
export function browseIndex<T extends Browsable>(items: readonly T[]): BrowseIndex<T> {
  const index: BrowseIndex<T> = { byUnit: new Map(), replicatedByUnit: new Map(), byField: new Map(), byArea: new Map(), byYear: new Map(), years: [] };
  for (const item of items) {
    push(index.byUnit, item.data.unit, item);
    for (const u of new Set(item.data.status.replicatedBy)) push(index.replicatedByUnit, u, item);
    push(index.byField, item.data.field, item);
    push(index.byArea, item.data.area, item);
    for (const y of roundYears(item)) push(index.byYear, y, item);
  }
  index.years = [...index.byYear.keys()].sort((a, b) => b - a);
  return index;
}

/** One row of the honor roll: an initiative and the step it received that year. */
export interface HonorEntry<T extends Browsable> {
  item: T;
  recognition: T['data']['recognitions'][number];
}
export interface HonorAward<T extends Browsable> {
  award: Award;
  /** Recognitions with this award at this level in the year (all pages). */
  count: number;
  entries: HonorEntry<T>[];
}
export interface HonorLevel<T extends Browsable> {
  level: Level;
  count: number;
  awards: HonorAward<T>[];
}
export interface HonorYear<T extends Browsable> {
  year: number;
  count: number;
  levels: HonorLevel<T>[];
}

/**
 * The honor roll: every recognition step of published items, grouped by round year (newest first),
 * then level (highest first), then award (vocabulary order); entries by title in Vietnamese order, then id.
 */
export function honorRoll<T extends Browsable>(items: readonly T[]): HonorYear<T>[] {
  const cells = new Map<string, HonorEntry<T>[]>();
  const years = new Set<number>();
  for (const item of items) {
    for (const recognition of item.data.recognitions) {
      years.add(recognition.year);
      push(cells, `${recognition.year}|${recognition.level}|${recognition.award}`, { item, recognition });
    }
  }
  const levels = [...valuesOf(LEVELS)].sort((a, b) => levelRank(b) - levelRank(a));
  const awards = valuesOf(AWARDS);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const byLevel = levels
        .map((level) => {
          const byAward = awards
            .map((award) => {
              const entries = (cells.get(`${year}|${level}|${award}`) ?? []).sort((a, b) => compareVi(a.item.data.title, b.item.data.title) || a.item.id.localeCompare(b.item.id));
              return { award, count: entries.length, entries };
            })
            .filter((a) => a.count > 0);
          return { level, count: byAward.reduce((n, a) => n + a.count, 0), awards: byAward };
        })
        .filter((l) => l.count > 0);
      return { year, count: byLevel.reduce((n, l) => n + l.count, 0), levels: byLevel };
    });
}

/**
 * Split one year of the honor roll into pages of at most `size` recognitions, keeping the order
 * (level, award, title). Each page keeps the level and award headings of the entries it holds, with
 * the year's full counts, so a long year stays readable on a phone.
 */
export function honorPages<T extends Browsable>(year: HonorYear<T>, size: number): { number: number; total: number; levels: HonorLevel<T>[] }[] {
  const flat = year.levels.flatMap((l) => l.awards.flatMap((a) => a.entries.map((entry) => ({ l, a, entry }))));
  return paginate(flat, size).map((page) => {
    const levels: HonorLevel<T>[] = [];
    for (const { l, a, entry } of page.items) {
      let level = levels[levels.length - 1];
      if (level?.level !== l.level) levels.push((level = { level: l.level, count: l.count, awards: [] }));
      let award = level.awards[level.awards.length - 1];
      if (award?.award !== a.award) level.awards.push((award = { award: a.award, count: a.count, entries: [] }));
      award.entries.push(entry);
    }
    return { number: page.number, total: page.total, levels };
  });
}

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  /** Position of the first item on this page, 1-based. */
  start: number;
}

/** Split a list into pages of `size`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size), start: i * size + 1 }));
}

/**
 * Page numbers to show in a pager: first, last, and a window around the current page, with `null`
 * where numbers are skipped (`1 … 4 5 6 … 20`).
 */
export function pagerNumbers(current: number, total: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng); the vowel marks of ă â ê ô ơ ư are kept. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Letters of the Vietnamese alphabet, in order; anything else sorts under "#". */
export const VI_LETTERS = ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'Ô', 'Ơ', 'P', 'Q', 'R', 'S', 'T', 'U', 'Ư', 'V', 'W', 'X', 'Y', 'Z'] as const;
export const OTHER_LETTER = '#';

/** The Vietnamese letter a title is filed under: `Ứng dụng` → `Ư`, `đổi` → `Đ`, `3D` → `#`. */
export function initialLetter(title: string): string {
  const first = title.trim().normalize('NFD').replace(/^[^\p{L}\p{N}]+/u, '');
  const letter = first.replace(TONES, '').normalize('NFC').charAt(0).toUpperCase();
  return (VI_LETTERS as readonly string[]).includes(letter) ? letter : OTHER_LETTER;
}

/** URL segment of a letter, in Telex spelling so that each is distinct and ASCII: Ă → `aw`, Đ → `dd`, # → `khac`. */
export function letterSlug(letter: string): string {
  const telex: Record<string, string> = { Ă: 'aw', Â: 'aa', Đ: 'dd', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw', [OTHER_LETTER]: 'khac' };
  return telex[letter] ?? letter.toLowerCase();
}

/** Items grouped by initial letter in alphabet order ("#" last), each group by title (Vietnamese order), then id. */
export function byInitialLetter<T extends { id: string; data: { title: string } }>(items: readonly T[]): { letter: string; slug: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, initialLetter(item.data.title), item);
  const order = [...VI_LETTERS, OTHER_LETTER] as readonly string[];
  return [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([letter, list]) => ({ letter, slug: letterSlug(letter), items: list.sort((a, b) => compareVi(a.data.title, b.data.title) || a.id.localeCompare(b.id)) }));
}

/** The items before and after `id` in a list (for previous/next links). */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
  const i = list.findIndex((x) => x.id === id);
  return i < 0 ? { previous: undefined, next: undefined } : { previous: list[i - 1], next: list[i + 1] };
}
