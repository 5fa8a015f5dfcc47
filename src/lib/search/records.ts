/**
 * What the search index knows about each page, built from the data layer's objects (never from rendered
 * pages, so a page restored by the incremental build is indexed like any other): metadata shown in results
 * (never folded), filter values (ids only; labels come from the vocabularies on the search page), and the
 * words to find it by: title, summary, unit names (current and former, so that "Giang Biên" finds UBND
 * phường Việt Hưng and its initiatives), field, area, decision numbers, verification codes and the first
 * `BODY_CHARS` characters of the text. The words are folded to ASCII (`đ` → `d`, tone marks removed), as
 * the search page folds queries: "dien" finds "điện", "hoà" and "hòa" match.
 */
import { createHash } from 'node:crypto';
import type { CampaignEntry, ExhibitionEntry, Initiative, UnitEntry } from '../content/data.ts';
import type { FilterKey, RecordType } from './query.ts';
import { foldVietnamese, nfc } from '../text/text.ts';
import { verificationCode } from '../sharing/verification.ts';
import { searchShardRecords } from '../config.ts';

/**
 * How many shards `records` records make, `perShard` (`SEARCH_SHARD_RECORDS`) to each: one index up to that many,
 * then several, merged by the search page (`mergeIndex`). An edit re-indexes only the shard holding the record
 * (the others come from the cache); each shard costs a query a few more requests (README, "Search").
 */
export function shardCount(records: number, perShard = searchShardRecords()): number {
  return Math.max(1, Math.ceil(records / perShard));
}

/** The shard of a record: a hash of its URL, so a record stays in its shard while the count of shards holds. */
export function shardOf(url: string, shards: number): number {
  return createHash('sha256').update(url).digest().readUInt32BE(0) % shards;
}

/** Where shard k's bundle lives under the site: `/pagefind/` for the first, `/pagefind/<k>/` for the others. */
export function shardPath(k: number): string {
  return k === 0 ? '/pagefind/' : `/pagefind/${k}/`;
}

/** Characters of a record's text indexed besides its facts: all of a typical record (750–850 here). */
export const BODY_CHARS = 1000;

export interface SearchRecord {
  type: RecordType;
  /** Shown in results: title, summary, unit (for initiatives), year, `demo: 'true'` for invented records. */
  meta: { title: string; summary: string; unit?: string; year?: string; demo?: string };
  filters: Partial<Record<FilterKey, string[]>>;
  /** Words indexed with the page but not shown in results (names, labels, numbers, codes). */
  extraText: string[];
}

/** A record as Pagefind's `addCustomRecord` takes it: the folded words, metadata and filters. */
export interface IndexRecord {
  url: string;
  content: string;
  meta: SearchRecord['meta'];
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Visible text of rendered HTML (tags dropped, entities of the few kinds Markdown writes decoded). */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The record Pagefind indexes: its words folded, its metadata as written. */
export function indexRecord(url: string, record: SearchRecord, body = ''): IndexRecord {
  const words = [record.meta.title, record.meta.summary, record.meta.unit ?? '', ...record.extraText, plainText(body).slice(0, BODY_CHARS)];
  return { url, content: foldVietnamese(nfc(words.filter(Boolean).join(' \n'))), meta: record.meta, filters: record.filters };
}

type NamedUnit = Pick<UnitEntry['data'], 'name' | 'formerNames'>;

/** A unit's current name and every former name. */
export function unitNames(unit: NamedUnit): string[] {
  return [unit.name, ...unit.formerNames.map((f) => f.name)];
}

const demo = (flag: boolean | undefined) => (flag ? { demo: 'true' } : {});
const unique = (values: string[]) => [...new Set(values.map(nfc))];

export function initiativeRecord(item: Initiative): SearchRecord {
  const { data } = item;
  return {
    type: 'sang-kien',
    meta: { title: nfc(data.title), summary: nfc(data.summary), unit: nfc(data.unitNameAtRecognition), year: String(item.year), ...demo(data.demo) },
    filters: {
      type: ['sang-kien'],
      field: [data.field],
      area: [data.area],
      year: [String(item.year)],
      level: [item.highest.level],
      status: [data.status.state],
    },
    extraText: unique([
      data.unitNameAtRecognition,
      ...unitNames(item.unit.data),
      item.field.label,
      item.area.label,
      ...data.recognitions.flatMap((r) => [r.decisionNumber, verificationCode(item.id, r)]),
    ]),
  };
}

export function unitRecord(unit: UnitEntry, areaLabel?: string): SearchRecord {
  return {
    type: 'don-vi',
    meta: { title: nfc(unit.data.name), summary: nfc(unit.data.summary), ...demo(unit.data.demo) },
    filters: { type: ['don-vi'], area: [unit.data.area] },
    extraText: unique([...unitNames(unit.data), ...(areaLabel ? [areaLabel] : []), ...unit.data.modelRecognitions.map((m) => m.decisionNumber)]),
  };
}

export function campaignRecord(campaign: CampaignEntry): SearchRecord {
  const { data } = campaign;
  const years: string[] = [];
  for (let y = data.period.from; y <= data.period.to; y++) years.push(String(y));
  return {
    type: 'phong-trao',
    meta: { title: nfc(data.title), summary: nfc(data.summary), year: `${data.period.from}–${data.period.to}`, ...demo(data.demo) },
    filters: { type: ['phong-trao'], area: [data.area], year: years },
    extraText: unique([data.shortTitle, data.plan.number]),
  };
}

export function exhibitionRecord(exhibition: ExhibitionEntry): SearchRecord {
  const { data } = exhibition;
  return {
    type: 'trien-lam',
    meta: { title: nfc(data.title), summary: nfc(data.summary), year: String(data.year), ...demo(data.demo) },
    filters: { type: ['trien-lam'], year: [String(data.year)] },
    extraText: [],
  };
}
