/**
 * The one data-access module: every page, feed, export and search index reads content through it.
 * It resolves references, applies publication rules (embargo, revocation) and sorts
 * deterministically (Vietnamese collation, then id). Results are memoised per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { today } from './dates.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { byLabel, byNewestRecognition, highestRecognition, isEmbargoed, isRevoked, latestDecisionDate } from './model.ts';
import type { Area, Field } from '../schemas/taxonomy.ts';
import type { Recognition } from '../schemas/initiative.ts';

export type InitiativeEntry = CollectionEntry<'initiatives'>;
export type UnitEntry = CollectionEntry<'units'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type ExhibitionEntry = CollectionEntry<'exhibitions'>;

/** An initiative with its references resolved, as pages use it. */
export interface Initiative {
  id: string;
  entry: InitiativeEntry;
  data: InitiativeEntry['data'];
  unit: UnitEntry;
  field: Field;
  area: Area;
  campaign: CampaignEntry;
  highest: Recognition;
  /** Year of the highest step's round. */
  year: number;
  /** Most recent decision date. */
  latestDate: string;
  revoked: boolean;
}

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

export function getTaxonomy() {
  return loadTaxonomy();
}

/** Fields in Vietnamese order. */
export function getFields(): Field[] {
  return [...getTaxonomy().fields].sort(byLabel((f) => f.label));
}

/** Areas: the whole city first, then Vietnamese order. */
export function getAreas(): Area[] {
  return [...getTaxonomy().areas].sort((a, b) => Number(b.kind === 'toan-thanh-pho') - Number(a.kind === 'toan-thanh-pho') || byLabel<Area>((x) => x.label)(a, b));
}

export const getUnits = () =>
  once('units', async () => (await getCollection('units')).sort(byLabel((u) => u.data.name)));

export const getCampaigns = () =>
  once('campaigns', async () =>
    (await getCollection('campaigns')).sort((a, b) => Number(Boolean(a.data.parent)) - Number(Boolean(b.data.parent)) || a.data.plan.date.localeCompare(b.data.plan.date) || a.id.localeCompare(b.id)),
  );

export const getExhibitions = () =>
  once('exhibitions', async () =>
    (await getCollection('exhibitions')).sort((a, b) => b.data.openedAt.localeCompare(a.data.openedAt) || a.id.localeCompare(b.id)),
  );

/** Every initiative that has a page: published ones and tombstones; embargoed records are absent. */
export const getInitiativePages = () =>
  once('initiative-pages', async () => {
    const [entries, units, campaigns] = await Promise.all([getCollection('initiatives'), getUnits(), getCampaigns()]);
    const now = today();
    const unitById = new Map(units.map((u) => [u.id, u]));
    const campaignById = new Map(campaigns.map((c) => [c.id, c]));
    const fields = new Map(getTaxonomy().fields.map((f) => [f.id, f]));
    const areas = new Map(getTaxonomy().areas.map((a) => [a.id, a]));
    return entries
      .filter((e) => !isEmbargoed(e.data, now))
      .map((entry): Initiative => {
        const highest = highestRecognition(entry.data.recognitions);
        return {
          id: entry.id,
          entry,
          data: entry.data,
          unit: required(unitById.get(entry.data.unit), 'unit', entry.id),
          field: required(fields.get(entry.data.field), 'field', entry.id),
          area: required(areas.get(entry.data.area), 'area', entry.id),
          campaign: required(campaignById.get(entry.data.campaign), 'campaign', entry.id),
          highest,
          year: highest.year,
          latestDate: latestDecisionDate(entry.data.recognitions),
          revoked: isRevoked(entry.data),
        };
      })
      .sort(byNewestRecognition);
  });

/** Published initiatives: in listings, counts, feeds, search and exports. */
export const getInitiatives = () => once('initiatives', async () => (await getInitiativePages()).filter((i) => !i.revoked));

/** Units by id, built once per build (pages must not rebuild it: that is O(pages × units)). */
export const getUnitsById = () => once('units-by-id', async () => new Map((await getUnits()).map((u) => [u.id, u])));

/** Published initiatives by id, built once per build. */
export const getInitiativesById = () => once('initiatives-by-id', async () => new Map((await getInitiatives()).map((i) => [i.id, i])));

/** Groups initiatives by keys, keeping their order; built once per build, so unit pages stay O(n) overall, not O(units × n). */
function groupBy(items: readonly Initiative[], keys: (i: Initiative) => readonly string[]): Map<string, Initiative[]> {
  const out = new Map<string, Initiative[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

const byUnit = () => once('by-unit', async () => groupBy(await getInitiatives(), (i) => [i.data.unit]));
const byReplicatingUnit = () => once('by-replicating-unit', async () => groupBy(await getInitiatives(), (i) => i.data.status.replicatedBy));

/** Published initiatives of one unit, including those recognised under a former name. */
export async function getInitiativesOfUnit(unitId: string): Promise<Initiative[]> {
  return (await byUnit()).get(unitId) ?? [];
}

/** Published initiatives another unit replicated. */
export async function getReplicatedBy(unitId: string): Promise<Initiative[]> {
  return (await byReplicatingUnit()).get(unitId) ?? [];
}

function required<T>(value: T | undefined, what: string, id: string): T {
  // The content guard fails the build before this can happen; this keeps types honest.
  if (value === undefined) throw new Error(`Initiative ${id}: ${what} not found`);
  return value;
}
