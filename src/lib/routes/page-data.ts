/**
 * What each page of a dynamic route shows, built once per route in the data layer and handed to the page as
 * props, with the page's cache key (`cache-keys.ts`) computed from exactly that data. Pages render their
 * props and look nothing up: a page restored by the incremental build runs none of its code, so anything
 * it read besides its props would go stale silently.
 * A key hashes the page's props; records in them count by their files' digests (`cache-keys.ts` `stableJson`).
 */
import { relative } from 'node:path';
import {
  exhibitionInitiativeIds, getAreas, getCampaignInitiatives, getCampaignProgress, getExhibitionsOfCampaign, getBrowseIndex, getCampaigns, getTaxonomy, getEmbedBuckets, getExhibitions, getFacetPaths, getFacets, getFields, getHonorPaths, getInitiativeListing,
  getInitiativePages, getInitiatives, getInitiativesByLetter, getLookups, getUnits, getVerificationBuckets, isCityWideArea,
  type CampaignEntry, type ExhibitionEntry, type FacetKind, type Initiative, type UnitEntry,
} from '../content/data.ts';
import { contentDir } from '../config.ts';
import { loadRedirects } from './redirects.ts';
import type { CampaignProgress } from '../stats/campaign-progress.ts';
import { historyIndex, pageHistory } from '../content/history.ts';
import { campaignShare, exhibitionShare, facetShare, initiativeShare, unitShare, type PageMeta } from '../sharing/page-meta.ts';
import { cacheKey } from './cache-keys.ts';
import { markPage } from './page-marks.ts';
import { paths } from './site.ts';
import { campaignRecord, exhibitionRecord, indexRecord, initiativeRecord, shardCount, shardPath, unitRecord, type IndexRecord } from '../search/records.ts';
import { neighbours, paginate, push } from '../content/browse.ts';
import { buildStatsCharts, recognitionsPerYear, trendChart, type ChartSpec } from '../charts/specs.ts';
import { tileMapData, type TileMapData } from '../charts/tile-map.ts';
import { buildReview, countByArea, type Review, type ReviewInitiative } from '../stats/review.ts';
import { today, yearsOf } from '../text/dates.ts';

/** The change history a page shows ("Cập nhật lần cuối", the last changes) and the file it names. */
export interface PageHistory {
  lastUpdated: string | undefined;
  changes: { date: string; subject: string; editorial: boolean }[];
  total: number;
  /** The content file, relative to the project (for the correction request). */
  file: string | undefined;
}

export function historyOf(file: string | undefined): PageHistory {
  const h = pageHistory(historyIndex(contentDir()), file);
  return {
    lastUpdated: h.lastUpdated,
    changes: h.changes.map(({ date, subject, editorial }) => ({ date, subject, editorial })),
    total: h.total,
    file: file ? relative(process.cwd(), file).split('\\').join('/') : undefined,
  };
}

/** Exhibitions as a backlink shows them. */
export interface ExhibitionLink {
  id: string;
  title: string;
  year: number;
}
const exhibitionLink = (e: ExhibitionEntry): ExhibitionLink => ({ id: e.id, title: e.data.title, year: e.data.year });

export interface InitiativePage {
  item: Initiative;
  related: Initiative[];
  replicatedBy: { id: string; name: string }[];
  exhibitions: ExhibitionLink[];
  history: PageHistory;
  share: PageMeta;
}

/** `/sang-kien/<id>/`: every initiative with a page (published, or a tombstone). */
export async function initiativePaths() {
  const { unitById, publishedById } = await getLookups();
  const featuring = new Map<string, ExhibitionLink[]>();
  for (const e of await getExhibitions()) {
    for (const id of exhibitionInitiativeIds(e)) push(featuring, id, exhibitionLink(e));
  }
  return Promise.all(
    (await getInitiativePages()).map(async (item) => {
      const path = paths.initiative(item.id);
      if (item.revoked) markPage('noindex', path);
      const page: InitiativePage = {
        item,
        related: item.data.related.flatMap((id) => publishedById.get(id) ?? []),
        replicatedBy: item.data.status.replicatedBy.map((id) => ({ id, name: unitById.get(id)?.data.name ?? id })),
        exhibitions: featuring.get(item.id) ?? [],
        history: historyOf(item.entry.filePath),
        share: await initiativeShare(item),
      };
      return { params: { slug: item.id }, props: { page }, cacheKey: cacheKey(page) };
    }),
  );
}

export interface UnitPage {
  unit: UnitEntry;
  area: { id: string; label: string };
  own: Initiative[];
  replicated: Initiative[];
  history: PageHistory;
  share: PageMeta;
}

/** `/don-vi/<id>/`: every unit, with its initiatives under any name and those it replicated. */
export async function unitPaths() {
  const index = await getBrowseIndex();
  const areas = getTaxonomy().areaVocabulary;
  return Promise.all(
    (await getUnits()).map(async (unit) => {
      const page: UnitPage = {
        unit,
        area: { id: unit.data.area, label: areas.get(unit.data.area) ?? unit.data.area },
        own: index.byUnit.get(unit.id) ?? [],
        replicated: index.replicatedByUnit.get(unit.id) ?? [],
        history: historyOf(unit.filePath),
        share: await unitShare(unit),
      };
      return {
        params: { slug: unit.id },
        props: { page },
        cacheKey: cacheKey(page),
      };
    }),
  );
}

/** A campaign as a link shows it. */
export interface CampaignLink {
  id: string;
  title: string;
  shortTitle: string;
  planNumber: string;
}
const campaignLink = (c: CampaignEntry): CampaignLink => ({ id: c.id, title: c.data.title, shortTitle: c.data.shortTitle, planNumber: c.data.plan.number });

export interface CampaignPage {
  campaign: CampaignEntry;
  /** The plan this one implements, and the plans implementing this one. */
  parent: CampaignLink | undefined;
  children: CampaignLink[];
  /** Whether the plan is a district's (not the whole city's): its per-district targets are drawn as charts. */
  districtPlan: boolean;
  initiatives: Initiative[];
  progress: CampaignProgress;
  exhibitions: ExhibitionEntry[];
  history: PageHistory;
  share: PageMeta;
}

/** `/phong-trao/<id>/`: every campaign, with its parent and child plans, winners, progress and exhibitions. */
export async function campaignPaths() {
  const campaigns = await getCampaigns();
  return Promise.all(
    campaigns.map(async (campaign) => {
      const parent = campaigns.find((c) => c.id === campaign.data.parent);
      const page: CampaignPage = {
        campaign,
        parent: parent && campaignLink(parent),
        children: campaigns.filter((c) => c.data.parent === campaign.id).map(campaignLink),
        districtPlan: !isCityWideArea(campaign.data.area),
        initiatives: await getCampaignInitiatives(campaign.id),
        progress: await getCampaignProgress(campaign),
        exhibitions: await getExhibitionsOfCampaign(campaign.id),
        history: historyOf(campaign.filePath),
        share: await campaignShare(campaign),
      };
      return { params: { slug: campaign.id }, props: { page } };
    }),
  );
}

export interface ExhibitionPage {
  exhibition: ExhibitionEntry;
  campaign: CampaignLink | undefined;
  /** The exhibitions that opened just before and just after this one. */
  previous: ExhibitionLink | undefined;
  next: ExhibitionLink | undefined;
  share: PageMeta;
}

/** `/trien-lam/<id>/`: every exhibition, with its campaign and its neighbours in opening order. */
export async function exhibitionPaths() {
  const exhibitions = await getExhibitions();
  const campaigns = await getCampaigns();
  // Oldest first for reading order: "previous" is the exhibition that opened before this one.
  const chronological = [...exhibitions].reverse();
  return Promise.all(
    exhibitions.map(async (exhibition) => {
      const { previous, next } = neighbours(chronological, exhibition.id);
      const campaign = campaigns.find((c) => c.id === exhibition.data.campaign);
      const page: ExhibitionPage = {
        exhibition,
        campaign: campaign && campaignLink(campaign),
        previous: previous && exhibitionLink(previous),
        next: next && exhibitionLink(next),
        share: await exhibitionShare(exhibition),
      };
      return { params: { slug: exhibition.id }, props: { page } };
    }),
  );
}

/** Renamed slugs (`content/redirects.yaml`): a forwarding page at each old URL, kept out of the sitemap. */
export function movedPaths() {
  return loadRedirects(contentDir()).map((r) => {
    markPage('noindex', r.from);
    return { params: { moved: r.from.replace(/^\/|\/$/g, '') }, props: { to: r.to } };
  });
}

/** `/xac-minh/<bucket>/`: the recognitions whose codes start with two given characters. */
export async function verificationPaths() {
  return [...(await getVerificationBuckets())].map(([bucket, entries]) => {
    markPage('noindex', paths.verifyBucket(bucket));
    return { params: { bucket }, props: { bucket, entries }, cacheKey: cacheKey(bucket, entries) };
  });
}

/** `/nhung/<bucket>/`: embeddable cards. */
export async function embedPaths() {
  return [...(await getEmbedBuckets())].map(([bucket, cards]) => {
    markPage('noindex', paths.embedBucket(bucket));
    return { params: { bucket }, props: { cards }, cacheKey: cacheKey(bucket, cards) };
  });
}

/** Every round year from the first to the last recognition published (the trends' common axis). */
let trendYears: Promise<number[]> | undefined;
function recognitionYears(): Promise<number[]> {
  trendYears ??= spanOfRecognitionYears();
  return trendYears;
}

async function spanOfRecognitionYears(): Promise<number[]> {
  let min = Infinity;
  let max = -Infinity;
  for (const i of await getInitiatives()) {
    for (const r of i.data.recognitions) {
      min = Math.min(min, r.year);
      max = Math.max(max, r.year);
    }
  }
  return min > max ? [] : yearsOf({ from: min, to: max });
}

/** Anchor of the trend on a facet page, and the name of its CSV. */
export const TREND_ID = 'theo-nam';

/** Recognitions per year of a field's or an area's initiatives (their page's trend and its CSV). */
async function facetTrend(items: readonly Initiative[]) {
  return trendChart(TREND_ID, recognitionsPerYear(items.map((i) => i.data), await recognitionYears()));
}

/** `/linh-vuc/<id>/theo-nam.csv`, `/dia-ban/<id>/theo-nam.csv`: the numbers of the trend. */
export async function facetTrendPaths(kind: 'field' | 'area') {
  return Promise.all(
    (await getFacets())[kind].map(async (v) => {
      const { table } = await facetTrend(v.items);
      return { params: { id: v.id }, props: { table }, cacheKey: cacheKey(table) };
    }),
  );
}

/** Pages of a facet value (`/linh-vuc/<id>/`, `/dia-ban/<id>/`, `/nam/<year>/` and their `trang/<n>/`). */
export async function facetPaths(kind: FacetKind, which: 'first' | 'rest') {
  return Promise.all(
    (await getFacetPaths(kind, which)).map(async ({ params, props }) => {
      // Page 1 of a field or an area shows its recognitions per year.
      const trend = which === 'first' && kind !== 'year' ? await facetTrend(props.value.items) : undefined;
      const data = {
        trend,
        kind: props.value.kind,
        id: props.value.id,
        label: props.value.label,
        description: props.value.description,
        count: props.value.items.length,
        page: props.page,
        siblings: props.siblings.map((v) => ({ kind: v.kind, id: v.id, label: v.label, count: v.items.length })),
        share: await facetShare(kind, props.value, props.page.number),
      };
      return { params: which === 'first' ? { id: params.id } : params, props: { data }, cacheKey: cacheKey(data) };
    }),
  );
}
export type FacetPageData = Awaited<ReturnType<typeof facetPaths>>[number]['props']['data'];

/** Pages 2…n of the initiative listing. */
export async function listingPaths() {
  const { pages, all } = await getInitiativeListing();
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page, all }, cacheKey: cacheKey(page, all) }));
}

/** Titles per page of a letter of the A–Z index (about 40 KB of HTML). */
export const LETTER_PAGE_SIZE = 200;

/** The A–Z index by initial letter: page 1 of each letter, or pages 2…n (`/sang-kien/a-z/<letter>/trang/<n>/`). */
export async function letterPaths(which: 'first' | 'rest') {
  const letters = await getInitiativesByLetter();
  const index = letters.map((l) => ({ letter: l.letter, slug: l.slug, count: l.items.length }));
  return letters.flatMap(({ letter, slug, items }) => {
    const pages = paginate(items, LETTER_PAGE_SIZE);
    return (which === 'first' ? pages.slice(0, 1) : pages.slice(1)).map((page) => {
      const data = { letter, slug, count: items.length, page, letters: index };
      return { params: which === 'first' ? { letter: slug } : { letter: slug, page: String(page.number) }, props: { data }, cacheKey: cacheKey(data) };
    });
  });
}
export type LetterPageData = Awaited<ReturnType<typeof letterPaths>>[number]['props']['data'];

/** Honor-roll year pages. */
export async function honorPaths(which: 'first' | 'rest') {
  return (await getHonorPaths(which)).map(({ params, props }) => ({ params: which === 'first' ? { year: params.year } : params, props, cacheKey: cacheKey(props) }));
}

let searchRecordList: Promise<IndexRecord[]> | undefined;

/**
 * The search index's records (`pages/pagefind/records.json.ts`), in URL order: published initiatives, units,
 * campaigns and exhibitions, made from the data on every build. Built once per build.
 */
export function searchRecords(): Promise<IndexRecord[]> {
  searchRecordList ??= (async () => {
    const areas = getTaxonomy().areaVocabulary;
    const records: IndexRecord[] = [
      ...(await getInitiatives()).map((i) => indexRecord(paths.initiative(i.id), initiativeRecord(i), i.entry.rendered?.html)),
      ...(await getUnits()).map((u) => indexRecord(paths.unit(u.id), unitRecord(u, areas.get(u.data.area)), u.rendered?.html)),
      ...(await getCampaigns()).map((c) => indexRecord(paths.campaign(c.id), campaignRecord(c), c.rendered?.html ?? c.body)),
      ...(await getExhibitions()).map((e) => indexRecord(paths.exhibition(e.id), exhibitionRecord(e), e.body)),
    ];
    return records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  })();
  return searchRecordList;
}

/** The search index's shards beyond the first, which the search page merges (`/pagefind/1/` …). */
export async function searchShardsToMerge(): Promise<string[]> {
  const shards = shardCount((await searchRecords()).length);
  return Array.from({ length: shards - 1 }, (_, k) => shardPath(k + 1));
}

/** The tile map of Hanoi for some initiatives: how many of them each area has. */
export function areaMap(items: readonly { area: string }[]): TileMapData {
  return tileMapData(getTaxonomy().areas, countByArea(items));
}

/** What a review page shows (`/phong-trao/<id>/tong-ket/` and `…/tong-ket/<year>/`). */
export interface ReviewPageData {
  campaign: {
    id: string;
    title: string;
    shortTitle: string;
    plan: CampaignEntry['data']['plan'];
    organiser: string;
    period: { from: number; to: number };
    demo: boolean;
  };
  year: number | undefined;
  review: Omit<Review, 'items'>;
  charts: ChartSpec[];
  map: TileMapData;
  /** The day the figures were computed (the build's "today"). */
  asOf: string;
  share: PageMeta;
}

let plainRecords: Promise<ReviewInitiative[]> | undefined;

/** Plain records of the published initiatives as the statistics and the reviews count them. Built once per build. */
export function initiativeRecords(): Promise<ReviewInitiative[]> {
  plainRecords ??= toPlainRecords();
  return plainRecords;
}

async function toPlainRecords(): Promise<ReviewInitiative[]> {
  return (await getInitiatives()).map((i) => ({
    id: i.id,
    title: i.data.title,
    field: i.data.field,
    area: i.data.area,
    holder: i.data.holder,
    campaign: i.data.campaign,
    unit: i.unit.id,
    unitNameAtRecognition: i.data.unitNameAtRecognition,
    demo: i.data.demo,
    recognitions: i.data.recognitions,
    status: i.data.status,
  }));
}

/**
 * Review pages of every campaign: the whole period (`which: 'period'`) or each year of it (`'year'`). The figures
 * depend on the day (replication counts verifications of the last 12 months), so "today" is in the props and the key.
 */
export async function reviewPaths(which: 'period' | 'year') {
  const campaigns = await getCampaigns();
  const family = campaigns.map((c) => ({ id: c.id, parent: c.data.parent }));
  const initiatives = await initiativeRecords();
  const units = (await getUnits()).map((u) => ({ id: u.id, name: u.data.name, area: u.data.area, demo: u.data.demo, modelRecognitions: u.data.modelRecognitions }));
  const asOf = today();
  const out = [];
  for (const c of campaigns) {
    const campaign = { id: c.id, parent: c.data.parent, area: c.data.area, cityWide: isCityWideArea(c.data.area), period: c.data.period, targets: c.data.targets };
    const years = which === 'period' ? [undefined] : yearsOf(c.data.period);
    for (const year of years) {
      const { items, ...review } = buildReview({ campaign, campaigns: family, initiatives, units, asOf }, year);
      const data: ReviewPageData = {
        campaign: { id: c.id, title: c.data.title, shortTitle: c.data.shortTitle, plan: c.data.plan, organiser: c.data.organiser, period: c.data.period, demo: c.data.demo },
        year,
        review,
        charts: buildStatsCharts({ initiatives: items, units: units.map(({ id, name, area }) => ({ id, name, area })), fields: getFields(), areas: getAreas(), campaigns: [], today: asOf }),
        map: areaMap(items),
        asOf,
        // The campaign's preview card; the review is not the campaign, so no structured data of its own.
        share: { ...(await campaignShare(c)), jsonLd: [], feeds: [] },
      };
      out.push({ params: which === 'period' ? { slug: c.id } : { slug: c.id, year: String(year) }, props: { data }, cacheKey: cacheKey(data) });
    }
  }
  return out;
}
