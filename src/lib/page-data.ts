/**
 * What each page of a dynamic route shows, built once per route in the data layer and handed to the page as
 * props, with the page's cache key (`cache-keys.ts`) computed from exactly that data. Pages render their
 * props and look nothing up: a page restored by the incremental build runs none of its code, so anything
 * it read besides its props would go stale silently.
 * A key hashes the page's props; records in them count by their files' digests (`cache-keys.ts` `stableJson`).
 */
import { relative } from 'node:path';
import {
  exhibitionInitiativeIds, getBrowseIndex, getCampaigns, getTaxonomy, getEmbedBuckets, getExhibitions, getFacetPaths, getHonorPaths, getInitiativeListing, getInitiativePages,
  getInitiatives, getInitiativesByLetter, getLookups, getUnits, getVerificationBuckets,
  type ExhibitionEntry, type FacetKind, type Initiative, type UnitEntry,
} from './content.ts';
import { contentDir } from './config.ts';
import { historyIndex, pageHistory } from './history.ts';
import { pageMeta, type PageMeta } from './page-meta.ts';
import { cacheKey } from './cache-keys.ts';
import { markPage } from './page-marks.ts';
import { facetPath, paths } from './site.ts';
import { campaignRecord, exhibitionRecord, indexRecord, initiativeRecord, shardCount, shardPath, unitRecord, type IndexRecord } from './search-records.ts';
import { paginate, push } from './browse.ts';

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
        share: await pageMeta(path),
      };
      return { params: { slug: item.id }, props: { page }, cacheKey: cacheKey(page) };
    }),
  );
}

export interface UnitPage {
  unit: UnitEntry;
  own: Initiative[];
  replicated: Initiative[];
  history: PageHistory;
  share: PageMeta;
}

/** `/don-vi/<id>/`: every unit, with its initiatives under any name and those it replicated. */
export async function unitPaths() {
  const index = await getBrowseIndex();
  return Promise.all(
    (await getUnits()).map(async (unit) => {
      const page: UnitPage = {
        unit,
        own: index.byUnit.get(unit.id) ?? [],
        replicated: index.replicatedByUnit.get(unit.id) ?? [],
        history: historyOf(unit.filePath),
        share: await pageMeta(paths.unit(unit.id)),
      };
      return {
        params: { slug: unit.id },
        props: { page },
        cacheKey: cacheKey(page),
      };
    }),
  );
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

/** Pages of a facet value (`/linh-vuc/<id>/`, `/dia-ban/<id>/`, `/nam/<year>/` and their `trang/<n>/`). */
export async function facetPaths(kind: FacetKind, which: 'first' | 'rest') {
  return Promise.all(
    (await getFacetPaths(kind, which)).map(async ({ params, props }) => {
      const data = {
        kind: props.value.kind,
        id: props.value.id,
        label: props.value.label,
        description: props.value.description,
        count: props.value.items.length,
        page: props.page,
        siblings: props.siblings.map((v) => ({ kind: v.kind, id: v.id, label: v.label, count: v.items.length })),
        share: await pageMeta(facetPath(kind, props.value.id, props.page.number)),
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
