/**
 * Pure rules about the content model, shared by pages, exports and tests:
 * what is published, the highest step of a ladder, deterministic ordering.
 */
import { levelRank } from '../../vocabulary.ts';
import type { Recognition } from '../../schemas/initiative.ts';
import { compareVi } from '../text/text.ts';

/** An embargoed record is not published anywhere before its date. */
export function isEmbargoed(data: { embargoUntil?: string | undefined }, todayIso: string): boolean {
  return data.embargoUntil !== undefined && data.embargoUntil > todayIso;
}

/** A revoked record keeps its URL as a tombstone but leaves listings, counts, search and exports of recognitions. */
export function isRevoked(data: { revoked?: unknown }): boolean {
  return data.revoked !== undefined;
}

/** Ladder sorted from the base level up. */
export function ladder(recognitions: readonly Recognition[]): Recognition[] {
  return [...recognitions].sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.decisionDate.localeCompare(b.decisionDate));
}

/** The highest step reached. */
export function highestRecognition(recognitions: readonly Recognition[]): Recognition {
  const steps = ladder(recognitions);
  return steps[steps.length - 1]!;
}

/** The most recent decision date on the ladder. */
export function latestDecisionDate(recognitions: readonly Pick<Recognition, 'decisionDate'>[]): string {
  return recognitions.reduce((max, r) => (r.decisionDate > max ? r.decisionDate : max), '');
}

/** Newest recognition first, then title in Vietnamese order, then id: never file-system order. */
export function byNewestRecognition<T extends { id: string; data: { title: string; recognitions: readonly Recognition[] } }>(a: T, b: T): number {
  return (
    latestDecisionDate(b.data.recognitions).localeCompare(latestDecisionDate(a.data.recognitions)) ||
    compareVi(a.data.title, b.data.title) ||
    a.id.localeCompare(b.id)
  );
}

/** Vietnamese alphabetical order by a label, then id. */
export function byLabel<T extends { id: string }>(label: (item: T) => string) {
  return (a: T, b: T) => compareVi(label(a), label(b)) || a.id.localeCompare(b.id);
}

/** The unit's name at a date: the former name in use then, or the current name. */
export function unitNameAt(unit: { name: string; formerNames: readonly { name: string; until: string }[] }, dateIso: string): string {
  const former = [...unit.formerNames].sort((a, b) => a.until.localeCompare(b.until)).find((f) => dateIso <= f.until);
  return former ? former.name : unit.name;
}

/** Count items by a key, as a Map in first-seen order. */
export function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
