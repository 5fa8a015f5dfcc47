/**
 * What the search index knows about each page: metadata shown in results (never folded), filter
 * values (ids only; labels come from the vocabularies on the search page), and extra words to index
 * (a unit's current and former names, so that "Giang Biên" finds UBND phường Việt Hưng and its initiatives).
 * Built from the data layer's objects; rendered into the page by `components/SearchIndexData.astro`.
 */
import type { CampaignEntry, ExhibitionEntry, Initiative, UnitEntry } from './content.ts';
import type { FilterKey, RecordType } from './search.ts';
import { nfc } from './text.ts';

export interface SearchRecord {
  type: RecordType;
  /** Shown in results: title, summary, unit (for initiatives), year, `demo: 'true'` for invented records. */
  meta: { title: string; summary: string; unit?: string; year?: string; demo?: string };
  filters: Partial<Record<FilterKey, string[]>>;
  /** Words indexed with the page but not shown on it (former names). */
  extraText: string[];
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
    extraText: unique([data.unitNameAtRecognition, ...unitNames(item.unit.data)]),
  };
}

export function unitRecord(unit: UnitEntry): SearchRecord {
  return {
    type: 'don-vi',
    meta: { title: nfc(unit.data.name), summary: nfc(unit.data.summary), ...demo(unit.data.demo) },
    filters: { type: ['don-vi'], area: [unit.data.area] },
    extraText: unique(unitNames(unit.data)),
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
