/**
 * The one data-access module: every page, feed, export and search index reads content through it.
 * It resolves references, applies publication rules (embargo, revocation) and sorts
 * deterministically (Vietnamese collation, then id). Results are memoised per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { today } from '../text/dates.ts';
import { isCityWide } from '../../vocabulary.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { byLabel, byNewestRecognition, highestRecognition, isEmbargoed, isRevoked, latestDecisionDate } from './model.ts';
import { campaignFamily, campaignProgress, type CampaignProgress } from '../stats/campaign-progress.ts';
import { chaptersOf, gridIds } from './mdx-kit.ts';
import { browseIndex, byInitialLetter, honorPages, honorRoll, paginate, push, type Page } from './browse.ts';
import type { Area, Field } from '../../schemas/taxonomy.ts';
import type { Recognition } from '../../schemas/initiative.ts';
import { assertUniqueCodes, codeBucket, embedBucket, verificationCode } from '../sharing/verification.ts';
import { embedAnchor } from '../routes/site.ts';

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
  return [...getTaxonomy().areas].sort((a, b) => Number(isCityWide(b)) - Number(isCityWide(a)) || byLabel<Area>((x) => x.label)(a, b));
}

/** Whether the area with this id is the whole city (`isCityWide`); a campaign there is not a district's plan. */
export function isCityWideArea(areaId: string): boolean {
  return getTaxonomy().areas.some((a) => a.id === areaId && isCityWide(a));
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

/** Published initiatives of one unit, including those recognised under a former name. */
export async function getInitiativesOfUnit(unitId: string): Promise<Initiative[]> {
  return (await getBrowseIndex()).byUnit.get(unitId) ?? [];
}

/** Published initiatives another unit replicated. */
export async function getReplicatedBy(unitId: string): Promise<Initiative[]> {
  return (await getBrowseIndex()).replicatedByUnit.get(unitId) ?? [];
}

/** Lookups by id, built once per build (detail pages must not rebuild a map of everything per page). */
export const getLookups = () =>
  once('lookups', async () => ({
    unitById: new Map((await getUnits()).map((u) => [u.id, u])),
    publishedById: new Map((await getInitiatives()).map((i) => [i.id, i])),
  }));

/** Published initiatives grouped once per build by unit, replicating unit, field, area and round year. */
export const getBrowseIndex = () => once('browse-index', async () => browseIndex(await getInitiatives()));

/** The three facets of the browse pages. */
export type FacetKind = 'field' | 'area' | 'year';

/** One value of a facet that has published initiatives, with them in listing order and in pages of PAGE_SIZE. */
export interface FacetValue {
  kind: FacetKind;
  /** URL segment: field or area id, or the year. */
  id: string;
  label: string;
  description?: string | undefined;
  items: Initiative[];
  pages: Page<Initiative>[];
}

/** Values of each facet in display order (fields and areas as in getFields/getAreas, years newest first); empty values are left out. */
export const getFacets = () =>
  once('facets', async () => {
    const index = await getBrowseIndex();
    const value = (kind: FacetKind, id: string, label: string, items: Initiative[], description?: string): FacetValue => ({ kind, id, label, description, items, pages: paginate(items, PAGE_SIZE) });
    const facets: Record<FacetKind, FacetValue[]> = {
      field: getFields().flatMap((f) => (index.byField.has(f.id) ? [value('field', f.id, f.label, index.byField.get(f.id)!, f.description)] : [])),
      area: getAreas().flatMap((a) => (index.byArea.has(a.id) ? [value('area', a.id, a.label, index.byArea.get(a.id)!)] : [])),
      year: index.years.map((y) => value('year', String(y), String(y), index.byYear.get(y)!)),
    };
    return facets;
  });

/** Static paths of one facet: page 1 of each value, or pages 2…n (`/…/<id>/trang/<n>/`). */
export async function getFacetPaths(kind: FacetKind, which: 'first' | 'rest') {
  const values = (await getFacets())[kind];
  return values.flatMap((value) =>
    (which === 'first' ? value.pages.slice(0, 1) : value.pages.slice(1)).map((page) => ({ params: { id: value.id, page: String(page.number) }, props: { value, page, siblings: values } })),
  );
}

/** Listing pages size. */
export const PAGE_SIZE = 24;

/** The listing of published initiatives, newest recognition first, in pages of PAGE_SIZE. */
export const getInitiativeListing = () =>
  once('listing', async () => {
    const items = await getInitiatives();
    return { pages: paginate(items, PAGE_SIZE), all: items.length };
  });

/** Published initiatives by the first letter of their title (Vietnamese alphabet). */
export const getInitiativesByLetter = () => once('by-letter', async () => byInitialLetter(await getInitiatives()));

/** The honor roll of published initiatives: round year → level → award. */
export const getHonorRoll = () => once('honor-roll', async () => honorRoll(await getInitiatives()));

/** Recognitions per page of a year of the honor roll. */
export const HONOR_PAGE_SIZE = 100;

/** Static paths of the honor-roll year pages: page 1 of each year, or pages 2…n (`/khen-thuong/<year>/trang/<n>/`). */
export async function getHonorPaths(which: 'first' | 'rest') {
  const roll = await getHonorRoll();
  const years = roll.map((y) => ({ year: y.year, count: y.count }));
  return roll.flatMap((entry) => {
    const pages = honorPages(entry, HONOR_PAGE_SIZE);
    return (which === 'first' ? pages.slice(0, 1) : pages.slice(1)).map((page) => ({ params: { year: String(entry.year), page: String(page.number) }, props: { year: entry.year, count: entry.count, page, years } }));
  });
}

/** Initiative ids an exhibition features: read from the InitiativeGrid tags of its MDX, the one source. */
export function exhibitionInitiativeIds(exhibition: ExhibitionEntry): string[] {
  return gridIds(exhibition.body ?? '');
}

/** Chapters of an exhibition, for its table of contents. */
export function exhibitionChapters(exhibition: ExhibitionEntry): { title: string; anchor: string }[] {
  return chaptersOf(exhibition.body ?? '');
}

/** Exhibitions (newest first) that feature an initiative. */
export async function getExhibitionsFeaturing(initiativeId: string): Promise<ExhibitionEntry[]> {
  return (await getExhibitions()).filter((e) => exhibitionInitiativeIds(e).includes(initiativeId));
}

/** Exhibitions of a campaign, newest first. */
export async function getExhibitionsOfCampaign(campaignId: string): Promise<ExhibitionEntry[]> {
  return (await getExhibitions()).filter((e) => e.data.campaign === campaignId);
}

/** Published initiatives of a campaign and the plans implementing it, newest recognition first. */
export async function getCampaignInitiatives(campaignId: string): Promise<Initiative[]> {
  const campaigns = (await getCampaigns()).map((c) => ({ id: c.id, parent: c.data.parent }));
  const family = campaignFamily(campaignId, campaigns);
  return (await getInitiatives()).filter((i) => family.has(i.data.campaign));
}

/** Figures of a campaign computed from its published initiatives. */
export async function getCampaignProgress(campaign: CampaignEntry): Promise<CampaignProgress> {
  const campaigns = (await getCampaigns()).map((c) => ({ id: c.id, parent: c.data.parent }));
  return campaignProgress({ id: campaign.id, period: campaign.data.period }, campaigns, (await getInitiatives()).map((i) => i.data));
}

function required<T>(value: T | undefined, what: string, id: string): T {
  // The content guard fails the build before this can happen; this keeps types honest.
  if (value === undefined) throw new Error(`Initiative ${id}: ${what} not found`);
  return value;
}

/** One recognition with its verification code; tombstoned initiatives keep theirs, marked revoked. */
export interface Verification {
  code: string;
  recognition: Recognition;
  initiative: Initiative;
}

/** Every recognition of every initiative that has a page, by code (codes from `src/lib/sharing/verification.ts`). */
export const getVerifications = () =>
  once('verifications', async () => {
    const list = (await getInitiativePages()).flatMap((initiative) =>
      initiative.data.recognitions.map((recognition): Verification => ({ code: verificationCode(initiative.id, recognition), recognition, initiative })),
    );
    assertUniqueCodes(list.map((v) => ({ code: v.code, label: `${v.initiative.id} ${v.recognition.decisionNumber}` })));
    return list.sort((a, b) => a.code.localeCompare(b.code));
  });

/** What a verification entry shows: the recognition, and just enough of its initiative. */
export interface VerificationEntry {
  code: string;
  revoked: boolean;
  recognition: Recognition;
  initiative: { id: string; title: string; unitName: string; demo: boolean; revocation?: { decision: string; date: string; reason: string } | undefined };
}

/** Verification entries grouped by the page they live on (`codeBucket`), buckets and codes in order. */
export const getVerificationBuckets = () =>
  once('verification-buckets', async () => {
    const buckets = new Map<string, VerificationEntry[]>();
    for (const v of await getVerifications()) {
      const i = v.initiative;
      const entry: VerificationEntry = {
        code: v.code,
        revoked: i.revoked,
        recognition: v.recognition,
        initiative: { id: i.id, title: i.data.title, unitName: i.data.unitNameAtRecognition, demo: i.data.demo, revocation: i.revoked ? i.data.revoked : undefined },
      };
      push(buckets, codeBucket(v.code), entry);
    }
    return buckets;
  });

/** What an embeddable card shows, with its fragment id (`embedAnchor`). */
export type EmbedCardData =
  | { kind: 'initiative'; anchor: string; id: string; title: string; level: Recognition['level']; year: number; unitName: string; field: string; demo: boolean }
  | { kind: 'unit'; anchor: string; id: string; name: string; unitKind: UnitEntry['data']['kind']; area: string; count: number; model: boolean; demo: boolean };

/** Embeddable cards of published initiatives and of units, grouped by their page (`embedBucket`), cards in id order. */
export const getEmbedBuckets = () =>
  once('embed-buckets', async () => {
    const cards: EmbedCardData[] = [];
    for (const i of await getInitiatives()) {
      cards.push({ kind: 'initiative', anchor: embedAnchor('initiative', i.id), id: i.id, title: i.data.title, level: i.highest.level, year: i.year, unitName: i.data.unitNameAtRecognition, field: i.field.label, demo: i.data.demo });
    }
    const areas = getTaxonomy().areaVocabulary;
    const byUnit = (await getBrowseIndex()).byUnit;
    for (const u of await getUnits()) {
      cards.push({ kind: 'unit', anchor: embedAnchor('unit', u.id), id: u.id, name: u.data.name, unitKind: u.data.kind, area: areas.get(u.data.area) ?? u.data.area, count: byUnit.get(u.id)?.length ?? 0, model: u.data.modelRecognitions.length > 0, demo: u.data.demo });
    }
    const buckets = new Map<string, EmbedCardData[]>();
    for (const card of cards.sort((a, b) => (a.anchor < b.anchor ? -1 : 1))) push(buckets, embedBucket(card.anchor), card);
    return new Map([...buckets].sort(([a], [b]) => (a < b ? -1 : 1)));
  });
