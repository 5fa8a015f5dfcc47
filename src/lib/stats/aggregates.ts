/**
 * Aggregate statistics of the published initiatives, for the statistics page (/so-lieu/) and its CSV files.
 * Pure: takes plain records (no Astro), returns counts in a deterministic order. Every figure on the
 * page comes from here; nothing is typed by hand.
 */
import { AWARDS, HOLDERS, LEVELS, STATUSES, valuesOf, type Award, type Holder, type Level, type Status } from '../../vocabulary.ts';
import { daysBetween } from '../text/dates.ts';
import { countBy, latestDecisionDate } from '../content/model.ts';
import type { InitiativeFacts, RecognitionOf, StatusOf, UnitFacts } from '../content/records.ts';
import { compareVi } from '../text/text.ts';

/** The fields of an initiative the statistics need. */
export type StatsInitiative = Pick<InitiativeFacts, 'id' | 'title' | 'field' | 'area' | 'holder' | 'campaign'> & {
  recognitions: readonly RecognitionOf<'level' | 'award' | 'year' | 'decisionDate'>[];
  status: StatusOf<'state' | 'verifiedAt' | 'replicatedBy'>;
};

/** A unit as the replication network needs it. */
export type StatsUnit = Pick<UnitFacts, 'id' | 'name' | 'area'>;

/** An id with its label (fields, areas). */
export interface Labelled {
  id: string;
  label: string;
}

/** One bar of a ranked chart. */
export interface CountRow<K extends string = string> {
  id: K;
  label: string;
  value: number;
}

/** A status is "recently verified" when checked at most this many days before today (same as the stale-status rule). */
export const RECENT_DAYS = 365;

/** Largest value first, then label in Vietnamese order, then id. */
export function byValueThenLabel(a: CountRow, b: CountRow): number {
  return b.value - a.value || compareVi(a.label, b.label) || a.id.localeCompare(b.id);
}

/** Recognition steps per round year and level: each step of each ladder counts once, in its round year. */
export interface YearLevelRow {
  year: number;
  /** Count per level, in ladder order (LEVELS). */
  counts: Record<Level, number>;
  total: number;
}

export function recognitionsByYearAndLevel(items: readonly StatsInitiative[]): YearLevelRow[] {
  const rows = new Map<number, YearLevelRow>();
  for (const item of items) {
    for (const r of item.recognitions) {
      let row = rows.get(r.year);
      if (!row) {
        row = { year: r.year, counts: zeroes(LEVELS), total: 0 };
        rows.set(r.year, row);
      }
      row.counts[r.level] += 1;
      row.total += 1;
    }
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** Initiatives per field, every field listed (zeros too), largest first. */
export function initiativesByField(items: readonly StatsInitiative[], fields: readonly Labelled[]): CountRow[] {
  return countInto(fields, items, (i) => i.field).sort(byValueThenLabel);
}

/** Initiatives per area, only areas that have any, largest first. */
export function initiativesByArea(items: readonly StatsInitiative[], areas: readonly Labelled[]): CountRow[] {
  return countInto(areas, items, (i) => i.area)
    .filter((r) => r.value > 0)
    .sort(byValueThenLabel);
}

/** Awards given: every step of every ladder, per award, in vocabulary order. */
export function recognitionsByAward(items: readonly StatsInitiative[]): CountRow<Award>[] {
  const counts = zeroes(AWARDS);
  for (const item of items) for (const r of item.recognitions) counts[r.award] += 1;
  return valuesOf(AWARDS).map((id) => ({ id, label: AWARDS.get(id)!, value: counts[id] }));
}

/** Initiatives per status, with how many of them were verified in the last 12 months. */
export interface StatusRow extends CountRow<Status> {
  verifiedRecently: number;
}

export function initiativesByStatus(items: readonly StatsInitiative[], todayIso: string): StatusRow[] {
  return valuesOf(STATUSES).map((id) => {
    const mine = items.filter((i) => i.status.state === id);
    return { id, label: STATUSES.get(id)!, value: mine.length, verifiedRecently: mine.filter((i) => isVerifiedRecently(i, todayIso)).length };
  });
}

/** Whether the status was checked in the 12 months before `todayIso`. */
export function isVerifiedRecently(item: Pick<StatsInitiative, 'status'>, todayIso: string): boolean {
  const age = daysBetween(item.status.verifiedAt, todayIso);
  return age >= 0 && age <= RECENT_DAYS;
}

/** Individual vs collective initiatives, in vocabulary order. */
export function initiativesByHolder(items: readonly StatsInitiative[]): CountRow<Holder>[] {
  const counts = zeroes(HOLDERS);
  for (const item of items) counts[item.holder] += 1;
  return valuesOf(HOLDERS).map((id) => ({ id, label: HOLDERS.get(id)!, value: counts[id] }));
}

/** One initiative that spread: the units that applied it and the areas they are in. */
export interface ReplicationRow {
  id: string;
  title: string;
  /** Area of the initiative itself. */
  area: string;
  units: StatsUnit[];
  /** Distinct areas of the replicating units, in Vietnamese order of their labels. */
  areas: Labelled[];
  /** How many of those areas differ from the initiative's own area. */
  otherAreas: number;
}

/** Initiatives replicated by at least one unit: most units first, then most areas, then title, then id. */
export function replicationNetwork(items: readonly StatsInitiative[], units: readonly StatsUnit[], areas: readonly Labelled[]): ReplicationRow[] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  return items
    .filter((i) => i.status.replicatedBy.length > 0)
    .map((i): ReplicationRow => {
      const replicating = [...new Set(i.status.replicatedBy)]
        .map((id) => unitById.get(id) ?? { id, name: id, area: '' })
        .sort((a, b) => compareVi(a.name, b.name) || a.id.localeCompare(b.id));
      const areaIds = [...new Set(replicating.map((u) => u.area).filter(Boolean))];
      const areaList = areaIds.map((id) => areaById.get(id) ?? { id, label: id }).sort((a, b) => compareVi(a.label, b.label) || a.id.localeCompare(b.id));
      return { id: i.id, title: i.title, area: i.area, units: replicating, areas: areaList, otherAreas: areaIds.filter((a) => a !== i.area).length };
    })
    .sort((a, b) => b.units.length - a.units.length || b.areas.length - a.areas.length || compareVi(a.title, b.title) || a.id.localeCompare(b.id));
}

/**
 * The numbers of a target written in words: `3–5 sáng kiến` → { min: 3, max: 5 }, `Tối thiểu 15%` → { min: 15 },
 * `1-2` → { min: 1, max: 2 }. Undefined when the text has no number.
 */
export function parseTargetRange(value: string): { min: number; max?: number } | undefined {
  const m = /(\d+(?:[.,]\d+)?)(?:\s*[–—-]\s*(\d+(?:[.,]\d+)?))?/.exec(value);
  if (!m) return undefined;
  const num = (s: string) => Number(s.replace(',', '.'));
  const min = num(m[1]!);
  return m[2] === undefined ? { min } : { min, max: num(m[2]) };
}

/** Newest decision date among all steps, or undefined if there are none. */
export function newestDecisionDate(items: readonly Pick<StatsInitiative, 'recognitions'>[]): string | undefined {
  const newest = items.reduce((max, item) => {
    const d = latestDecisionDate(item.recognitions);
    return d > max ? d : max;
  }, '');
  return newest || undefined;
}

function zeroes<K extends string>(vocabulary: ReadonlyMap<K, string>): Record<K, number> {
  return Object.fromEntries([...vocabulary.keys()].map((k) => [k, 0])) as Record<K, number>;
}

function countInto(list: readonly Labelled[], items: readonly StatsInitiative[], key: (i: StatsInitiative) => string): CountRow[] {
  const counts = countBy(items, key);
  return list.map((l) => ({ id: l.id, label: l.label, value: counts.get(l.id) ?? 0 }));
}
