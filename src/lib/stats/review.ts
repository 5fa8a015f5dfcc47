/**
 * The yearly review (tổng kết) of a campaign: every figure for one year of its period, or for the whole period,
 * computed from the published records, with the change from the year before written out. Pure: plain records in,
 * plain data out; `page-data.ts` builds each review page's props from it.
 *
 * Scope: the initiatives of the campaign and of the plans implementing it (as on the campaign page), counted by the
 * round year of each recognition step; model units of the campaign's area (every unit for a city-wide campaign)
 * counted by the round year of their model recognition.
 */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import { levelRank, type Award, type Level } from '../../vocabulary.ts';
import type { InitiativeFacts, RecognitionOf, UnitFacts } from '../content/records.ts';
import { countBy } from '../content/model.ts';
import { APPLIED_STATES, campaignFamily, type CampaignLike } from './campaign-progress.ts';
import { cityPerYearTarget, verdict, type PlanTarget, type TargetVerdict } from '../charts/target.ts';
import { isVerifiedRecently, newestDecisionDate, parseTargetRange, type StatsInitiative } from './aggregates.ts';
import { compareVi } from '../text/text.ts';
import { formatInt, formatPercent } from '../text/format.ts';

export type ReviewRecognition = RecognitionOf<'level' | 'award' | 'year' | 'decisionNumber' | 'decisionDate' | 'issuer'>;

/** An initiative as the review counts it: the statistics' fields, its unit (id and name at recognition) and the demo flag. */
export type ReviewInitiative = Omit<StatsInitiative, 'recognitions'> &
  Pick<InitiativeFacts, 'unit' | 'unitNameAtRecognition' | 'demo'> & { recognitions: readonly ReviewRecognition[] };

/** A unit as the review counts it (model units of the campaign's area). */
export type ReviewUnit = Pick<UnitFacts, 'id' | 'name' | 'area' | 'demo'> & {
  modelRecognitions: readonly Pick<UnitFacts['modelRecognitions'][number], 'title' | 'year' | 'award' | 'decisionNumber' | 'decisionDate' | 'issuer'>[];
};


export interface ReviewCampaign extends CampaignLike {
  area: string;
  /** Whether the campaign covers the whole city (its per-district targets are then measured on the districts' plans). */
  cityWide: boolean;
  period: { from: number; to: number };
  targets: readonly PlanTarget[];
}

/** Years a review covers: one year (`from === to`) or the whole period. */
export interface Scope {
  from: number;
  to: number;
}

export const inYears = (scope: Scope, year: number) => year >= scope.from && year <= scope.to;

/** The campaign family's initiatives with a step in the scope, their steps narrowed to it. */
export function initiativesInScope<T extends ReviewInitiative>(campaign: CampaignLike, campaigns: readonly CampaignLike[], items: readonly T[], scope: Scope): T[] {
  const family = campaignFamily(campaign.id, campaigns);
  return items.flatMap((i) => {
    if (!family.has(i.campaign)) return [];
    const steps = i.recognitions.filter((r) => inYears(scope, r.year));
    return steps.length ? [{ ...i, recognitions: steps }] : [];
  });
}

/** The campaign's model units recognised in the scope: one row per model recognition. */
export interface ModelUnitRow {
  id: string;
  name: string;
  title: string;
  award: Award;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  demo: boolean;
}

export function modelUnitsInScope(campaign: Pick<ReviewCampaign, 'area' | 'cityWide'>, units: readonly ReviewUnit[], scope: Scope): ModelUnitRow[] {
  return units
    .filter((u) => campaign.cityWide || u.area === campaign.area)
    .flatMap((u) =>
      u.modelRecognitions
        .filter((m) => inYears(scope, m.year))
        .map((m) => ({ id: u.id, name: u.name, title: m.title, award: m.award, year: m.year, decisionNumber: m.decisionNumber, decisionDate: m.decisionDate, demo: u.demo })),
    )
    .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || compareVi(a.name, b.name) || a.id.localeCompare(b.id));
}

/** The key figures of a review, in the order they are shown. */
export const FIGURES = ['initiatives', 'recognitions', 'cityLevel', 'capitalAward', 'units', 'modelUnits'] as const;
export type FigureKey = (typeof FIGURES)[number];
export type Figures = Record<FigureKey, number>;

const CITY = levelRank('thanh-pho');

export function reviewFigures(items: readonly ReviewInitiative[], modelUnits: readonly ModelUnitRow[]): Figures {
  return {
    initiatives: items.length,
    recognitions: items.reduce((n, i) => n + i.recognitions.length, 0),
    cityLevel: items.filter((i) => i.recognitions.some((r) => levelRank(r.level) >= CITY)).length,
    capitalAward: items.reduce((n, i) => n + i.recognitions.filter((r) => r.award === 'bang-sang-kien-thu-do').length, 0),
    units: new Set(items.map((i) => i.unit)).size,
    modelUnits: new Set(modelUnits.map((m) => m.id)).size,
  };
}

/** The change of a figure from the year before: up, down, the same, or nothing to compare with. */
export type Change =
  | { direction: 'none' }
  | { direction: 'same'; previous: number }
  | { direction: 'up' | 'down'; previous: number; delta: number; ratio: number | undefined };

export function changeOf(current: number, previous: number | undefined): Change {
  if (previous === undefined) return { direction: 'none' };
  if (current === previous) return { direction: 'same', previous };
  return { direction: current > previous ? 'up' : 'down', previous, delta: Math.abs(current - previous), ratio: previous === 0 ? undefined : Math.abs(current - previous) / previous };
}

/** A city-level (or higher) recognition in the scope: the honour list of the review. */
export interface WinnerRow {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  level: Level;
  award: Award;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  demo: boolean;
}

export function cityWinners(items: readonly ReviewInitiative[]): WinnerRow[] {
  return items
    .flatMap((i) =>
      i.recognitions
        .filter((r) => levelRank(r.level) >= CITY)
        .map((r) => ({ id: i.id, title: i.title, unitId: i.unit, unitName: i.unitNameAtRecognition, level: r.level, award: r.award, year: r.year, decisionNumber: r.decisionNumber, decisionDate: r.decisionDate, issuer: r.issuer, demo: i.demo })),
    )
    .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || levelRank(a.level) - levelRank(b.level) || compareVi(a.title, b.title) || a.id.localeCompare(b.id));
}

/** Replication: how many of the initiatives in scope are still applied and were verified in the 12 months up to `asOf`. */
export interface Replication {
  applied: number;
  total: number;
  share: number | undefined;
  target?: { label: string; source: string; min: number; verdict: TargetVerdict | undefined } | undefined;
}

export function replication(items: readonly ReviewInitiative[], targets: readonly PlanTarget[], asOf: string): Replication {
  const applied = items.filter((i) => APPLIED_STATES.includes(i.status.state) && isVerifiedRecently(i, asOf)).length;
  const share = items.length ? applied / items.length : undefined;
  const t = targets.find((x) => x.metric === 'ty-le-ap-dung');
  const range = t ? parseTargetRange(t.value) : undefined;
  return {
    applied,
    total: items.length,
    share,
    target: t && range ? { label: t.value, source: t.source, min: range.min, verdict: share === undefined ? undefined : verdict(share * 100, { min: range.min }) } : undefined,
  };
}

/** A target of the plan with what the content can say about it in the scope. */
export type TargetResult =
  | { kind: 'cityPerYear'; years: { year: number; count: number; verdict: TargetVerdict }[] }
  | { kind: 'applied'; replication: Replication }
  | { kind: 'perDistrict' }
  | { kind: 'notMeasured' };

export function targetResults(campaign: ReviewCampaign, items: readonly ReviewInitiative[], scope: Scope, rep: Replication): (PlanTarget & { result: TargetResult })[] {
  return campaign.targets.map((t) => {
    const range = cityPerYearTarget(t);
    if (range) {
      if (campaign.cityWide) return { ...t, result: { kind: 'perDistrict' } };
      const years: { year: number; count: number; verdict: TargetVerdict }[] = [];
      for (let year = scope.from; year <= scope.to; year++) {
        const count = items.filter((i) => i.recognitions.some((r) => r.year === year && levelRank(r.level) >= CITY)).length;
        years.push({ year, count, verdict: verdict(count, range) });
      }
      return { ...t, result: { kind: 'cityPerYear', years } };
    }
    if (t.metric === 'ty-le-ap-dung') return { ...t, result: { kind: 'applied', replication: rep } };
    return { ...t, result: { kind: 'notMeasured' } };
  });
}

/** Initiatives per area id (every area id that has any): the tile map's counts. */
export function countByArea(items: readonly Pick<ReviewInitiative, 'area'>[]): Map<string, number> {
  return countBy(items, (i) => i.area);
}

/** One year of the period review's year table: its figures and the change of each from the year before. */
export interface YearRow {
  year: number;
  figures: Figures;
  changes: Record<FigureKey, Change>;
}

export interface Review {
  scope: Scope;
  /** The year reviewed, or undefined for the whole period. */
  year: number | undefined;
  figures: Figures;
  /** Change of each figure from the year before (a year review only; `none` for the first year of the period). */
  changes: Record<FigureKey, Change>;
  /** The period review: each year with its change from the year before. */
  years: YearRow[];
  winners: WinnerRow[];
  modelUnits: ModelUnitRow[];
  replication: Replication;
  targets: (PlanTarget & { result: TargetResult })[];
  /** Newest decision date among the steps counted, if any. */
  newestDecision: string | undefined;
  /** Demo records counted (initiatives and model units). */
  demoRecords: number;
  /** The initiatives in scope, steps narrowed to it (for the charts). */
  items: ReviewInitiative[];
}

export interface ReviewInput {
  campaign: ReviewCampaign;
  campaigns: readonly CampaignLike[];
  initiatives: readonly ReviewInitiative[];
  units: readonly ReviewUnit[];
  /** The "as of" date: the day of the build. Replication counts verifications in the 12 months up to it. */
  asOf: string;
}

function yearFigures(input: ReviewInput, year: number): Figures {
  const scope = { from: year, to: year };
  return reviewFigures(initiativesInScope(input.campaign, input.campaigns, input.initiatives, scope), modelUnitsInScope(input.campaign, input.units, scope));
}

function changes(current: Figures, previous: Figures | undefined): Record<FigureKey, Change> {
  return Object.fromEntries(FIGURES.map((k) => [k, changeOf(current[k], previous?.[k])])) as Record<FigureKey, Change>;
}

/** The review of one year of the campaign's period (`year`), or of the whole period (`year` undefined). */
export function buildReview(input: ReviewInput, year?: number): Review {
  const { campaign } = input;
  const scope: Scope = year === undefined ? campaign.period : { from: year, to: year };
  const items = initiativesInScope(campaign, input.campaigns, input.initiatives, scope);
  const modelUnits = modelUnitsInScope(campaign, input.units, scope);
  const figures = reviewFigures(items, modelUnits);
  // The year before is compared only when it belongs to the period: the first year has nothing to compare with.
  const previous = year !== undefined && year > campaign.period.from ? yearFigures(input, year - 1) : undefined;
  const years: YearRow[] = [];
  if (year === undefined) {
    let before: Figures | undefined;
    for (let y = campaign.period.from; y <= campaign.period.to; y++) {
      const f = yearFigures(input, y);
      years.push({ year: y, figures: f, changes: changes(f, before) });
      before = f;
    }
  }
  const rep = replication(items, campaign.targets, input.asOf);
  return {
    scope,
    year,
    figures,
    changes: changes(figures, previous),
    years,
    winners: cityWinners(items),
    modelUnits,
    replication: rep,
    targets: targetResults(campaign, items, scope, rep),
    newestDecision: newestDecisionDate(items),
    demoRecords: items.filter((i) => i.demo).length + modelUnits.filter((m) => m.demo).length,
    items,
  };
}

/** The change of a figure as a table cell: `tăng 3 (33,3%)`, `giảm 2 (18,2%)`, `không đổi`, or the first-year note. */
export function changeText(change: Change): string {
  const t = vi.review;
  if (change.direction === 'none') return t.firstYear;
  if (change.direction === 'same') return t.same;
  const word = change.direction === 'up' ? t.up : t.down;
  const delta = formatInt(change.delta);
  return change.ratio === undefined ? format(t.changeCell, { word, delta }) : format(t.changeCellRatio, { word, delta, ratio: formatPercent(change.ratio) });
}

/**
 * The change of a figure as a sentence, e.g. `Năm 2023: 12 sáng kiến được công nhận, tăng 3 so với năm 2022 (9), tức tăng 33,3%.`
 * Never colour alone: the page prints this sentence and the number.
 */
export function changeSentence(key: FigureKey, year: number, current: number, change: Change): string {
  const t = vi.review;
  const head = { year, n: formatInt(current), noun: t.nouns[key] };
  if (change.direction === 'none') return format(t.changeFirst, { ...head, note: t.firstYearSentence });
  if (change.direction === 'same') return format(t.changeSame, { ...head, same: t.same, previousYear: year - 1 });
  const values = { ...head, word: change.direction === 'up' ? t.up : t.down, delta: formatInt(change.delta), previousYear: year - 1, previous: formatInt(change.previous) };
  return change.ratio === undefined ? format(t.changeSentence, values) : format(t.changeSentenceRatio, { ...values, ratio: formatPercent(change.ratio) });
}
