/**
 * Every chart of the statistics page, computed from published records: title, summary sentence,
 * geometry, the data table (also its CSV) and the page behind it. Pure; the page and the CSV
 * endpoint both call `buildStatsCharts` through `src/pages/so-lieu/_data.ts`.
 */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import { LEVELS, valuesOf, levelRank } from '../../vocabulary.ts';
import { formatInt, formatPercent } from '../text/format.ts';
import { paths } from '../routes/site.ts';
import {
  initiativesByArea,
  initiativesByField,
  initiativesByHolder,
  initiativesByStatus,
  recognitionsByAward,
  recognitionsByYearAndLevel,
  replicationNetwork,
  type CountRow,
  type Labelled,
  type ReplicationRow,
  type StatsInitiative,
  type StatsUnit,
} from '../stats/aggregates.ts';
import { campaignProgress } from '../stats/campaign-progress.ts';
import { layoutBars, type BarLayout } from './bars.ts';
import { layoutStackedColumns, type StackedColumn, type ColumnFrame } from './columns.ts';
import { layoutNetwork } from './network.ts';
import { chartedTargets, joinVi, targetSummary, targetTable, type PlanTarget, type TargetSpec } from './target.ts';
import type { DataTable } from './table.ts';

export interface StatsCampaign {
  id: string;
  /** The broader campaign this plan implements. */
  parent?: string | undefined;
  shortTitle: string;
  area: string;
  /** Whether the plan is a district's own (not the whole city's): only then are its per-district targets drawn. */
  districtPlan: boolean;
  period: { from: number; to: number };
  targets: readonly PlanTarget[];
}

export interface StatsInput {
  initiatives: readonly StatsInitiative[];
  units: readonly StatsUnit[];
  fields: readonly Labelled[];
  areas: readonly Labelled[];
  campaigns: readonly StatsCampaign[];
  today: string;
}

interface Base {
  /** Stable id: anchor on the page and CSV file name. */
  id: string;
  title: string;
  summary: string;
  note?: string;
  table: DataTable;
  more?: { href: string; label: string };
}

export type ChartSpec =
  | (Base & { kind: 'stacked'; layout: ColumnFrame & { columns: StackedColumn[] }; series: { key: string; label: string }[] })
  | (Base & { kind: 'bars'; layout: BarLayout; parts?: { whole: string; part: string } })
  | (Base & { kind: 'network'; layout: ReturnType<typeof layoutNetwork>; rows: ReplicationRow[] })
  | (Base & { kind: 'target'; series: { year: number; value: number }[]; target: TargetSpec });

/** At most this many initiatives are listed on the page under the network (all of them are in its CSV). */
export const NETWORK_LIST_LIMIT = 100;

export const CHART_IDS = {
  byYear: 'theo-nam-va-cap',
  byField: 'theo-linh-vuc',
  byArea: 'theo-dia-ban',
  byAward: 'theo-hinh-thuc',
  byStatus: 'theo-tinh-trang',
  byHolder: 'ca-nhan-tap-the',
  network: 'nhan-rong',
  progress: (campaignId: string) => `tien-do-${campaignId}`,
} as const;

/** The rows that share the largest value (ties are all named). */
function leaders<T extends { value: number }>(rows: readonly T[]): T[] {
  const max = Math.max(0, ...rows.map((r) => r.value));
  return max === 0 ? [] : rows.filter((r) => r.value === max);
}

function countTable(rows: readonly CountRow[], first: { key: string; label: string }, valueLabel: string, href?: (id: string) => string): DataTable {
  return {
    columns: [{ key: 'ma', label: vi.stats.code, csvOnly: true }, first, { key: 'so_luong', label: valueLabel, numeric: true }],
    rows: rows.map((r) => (href ? { cells: [r.id, r.label, r.value], href: href(r.id) } : { cells: [r.id, r.label, r.value] })),
    totals: ['', vi.stats.total, rows.reduce((s, r) => s + r.value, 0)],
  };
}

export function buildStatsCharts(input: StatsInput): ChartSpec[] {
  const { initiatives: items } = input;
  const charts: ChartSpec[] = [];
  const total = items.length;

  // Recognitions per year by level (stacked columns).
  const years = recognitionsByYearAndLevel(items);
  const levels = valuesOf(LEVELS);
  const cityRank = levelRank('thanh-pho');
  const topYears = leaders(years.map((y) => ({ ...y, value: y.total })));
  charts.push({
    kind: 'stacked',
    id: CHART_IDS.byYear,
    title: vi.stats.byYearTitle,
    summary:
      topYears.length === 0
        ? vi.stats.noData
        : format(vi.stats.byYearSentence, { years: joinVi(topYears.map((y) => String(y.year))), total: formatInt(topYears[0]!.total), city: joinVi(topYears.map((y) => formatInt(levels.filter((l) => levelRank(l) >= cityRank).reduce((s, l) => s + y.counts[l], 0)))) }),
    note: vi.stats.byYearNote,
    layout: layoutStackedColumns(
      years.map((y) => ({ label: String(y.year), values: levels.map((l) => y.counts[l]) })),
      levels,
    ),
    series: levels.map((l) => ({ key: l, label: LEVELS.get(l)! })),
    table: {
      columns: [
        { key: 'nam', label: vi.stats.year },
        ...levels.map((l) => ({ key: l, label: LEVELS.get(l)!, numeric: true })),
        { key: 'tong', label: vi.stats.total, numeric: true },
      ],
      rows: years.map((y) => ({ cells: [String(y.year), ...levels.map((l) => y.counts[l]), y.total], href: paths.year(y.year) })),
      totals: [vi.stats.total, ...levels.map((l) => years.reduce((s, y) => s + y.counts[l], 0)), years.reduce((s, y) => s + y.total, 0)],
    },
    more: { href: paths.honorRoll(), label: vi.stats.byYearMore },
  });

  // By field (ranked bars, every field).
  const fields = initiativesByField(items, input.fields);
  const topFields = leaders(fields);
  charts.push({
    kind: 'bars',
    id: CHART_IDS.byField,
    title: vi.stats.byFieldTitle,
    summary: topFields.length === 0 ? vi.stats.noData : format(vi.stats.byFieldSentence, { labels: joinVi(topFields.map((f) => f.label)), n: formatInt(topFields[0]!.value), total: formatInt(total) }),
    layout: layoutBars(fields),
    table: countTable(fields, { key: 'linh_vuc', label: vi.stats.field }, vi.stats.count, paths.field),
  });

  // By area (ranked bars, areas that have initiatives).
  const areas = initiativesByArea(items, input.areas);
  const topAreas = leaders(areas);
  charts.push({
    kind: 'bars',
    id: CHART_IDS.byArea,
    title: vi.stats.byAreaTitle,
    summary: topAreas.length === 0 ? vi.stats.noData : format(vi.stats.byAreaSentence, { labels: joinVi(topAreas.map((a) => a.label)), n: formatInt(topAreas[0]!.value), areas: formatInt(areas.length) }),
    note: vi.stats.byAreaNote,
    layout: layoutBars(areas),
    table: countTable(areas, { key: 'dia_ban', label: vi.stats.area }, vi.stats.count, paths.area),
  });

  // By award (bars in ladder order).
  const awards = recognitionsByAward(items);
  const topAwards = leaders(awards);
  const awardTotal = awards.reduce((s, a) => s + a.value, 0);
  charts.push({
    kind: 'bars',
    id: CHART_IDS.byAward,
    title: vi.stats.byAwardTitle,
    summary: topAwards.length === 0 ? vi.stats.noData : format(vi.stats.byAwardSentence, { total: formatInt(awardTotal), labels: joinVi(topAwards.map((a) => a.label)), n: formatInt(topAwards[0]!.value) }),
    note: vi.stats.byAwardNote,
    layout: layoutBars(awards),
    table: countTable(awards, { key: 'hinh_thuc', label: vi.stats.award }, vi.stats.steps),
    more: { href: paths.honorRoll(), label: vi.stats.byAwardMore },
  });

  // By status, with the part verified in the last 12 months.
  const statuses = initiativesByStatus(items, input.today);
  const inUse = statuses.filter((s) => s.id === 'dang-ap-dung' || s.id === 'nhan-rong').reduce((s, r) => s + r.value, 0);
  const verified = statuses.reduce((s, r) => s + r.verifiedRecently, 0);
  charts.push({
    kind: 'bars',
    id: CHART_IDS.byStatus,
    title: vi.stats.byStatusTitle,
    summary: total === 0 ? vi.stats.noData : format(vi.stats.byStatusSentence, { inUse: formatInt(inUse), total: formatInt(total), verified: formatInt(verified), share: formatPercent(verified / total) }),
    note: vi.stats.byStatusNote,
    layout: layoutBars(statuses.map((s) => ({ id: s.id, label: s.label, value: s.value, part: s.verifiedRecently }))),
    parts: { whole: vi.stats.verifiedOlder, part: vi.stats.verifiedRecently },
    table: {
      columns: [
        { key: 'ma', label: vi.stats.code, csvOnly: true },
        { key: 'tinh_trang', label: vi.stats.status },
        { key: 'so_sang_kien', label: vi.stats.count, numeric: true },
        { key: 'xac_minh_12_thang', label: vi.stats.verifiedRecently, numeric: true },
        { key: 'ty_le_xac_minh', label: vi.stats.verifiedShare, numeric: true },
      ],
      rows: statuses.map((s) => ({ cells: [s.id, s.label, s.value, s.verifiedRecently, s.value === 0 ? '' : formatPercent(s.verifiedRecently / s.value)] })),
      totals: ['', vi.stats.total, total, verified, total === 0 ? '' : formatPercent(verified / total)],
    },
    more: { href: paths.initiatives(), label: vi.stats.allInitiatives },
  });

  // Individual vs collective.
  const holders = initiativesByHolder(items);
  const count = (id: string) => holders.find((h) => h.id === id)?.value ?? 0;
  charts.push({
    kind: 'bars',
    id: CHART_IDS.byHolder,
    title: vi.stats.byHolderTitle,
    summary: total === 0 ? vi.stats.noData : format(vi.stats.byHolderSentence, { individual: formatInt(count('ca-nhan')), collective: formatInt(count('tap-the')) }),
    layout: layoutBars(holders),
    table: countTable(holders, { key: 'chu_the', label: vi.stats.holder }, vi.stats.count),
    more: { href: paths.initiatives(), label: vi.stats.allInitiatives },
  });

  // Replication network.
  const network = replicationNetwork(items, input.units, input.areas);
  const top = network[0];
  charts.push({
    kind: 'network',
    id: CHART_IDS.network,
    title: vi.stats.networkTitle,
    summary: top
      ? format(vi.stats.networkSentence, { n: formatInt(network.length), units: formatInt(network.reduce((s, r) => s + r.units.length, 0)), title: top.title, top: formatInt(top.units.length), areas: formatInt(top.areas.length) })
      : vi.stats.noData,
    note: vi.stats.networkNote,
    layout: layoutNetwork(network),
    rows: network,
    table: {
      columns: [
        { key: 'ma', label: vi.stats.code, csvOnly: true },
        { key: 'sang_kien', label: vi.stats.networkInitiative },
        { key: 'so_don_vi', label: vi.stats.networkUnits, numeric: true },
        { key: 'so_dia_ban', label: vi.stats.networkAreas, numeric: true },
        { key: 'don_vi', label: vi.stats.networkUnitList, csvOnly: true },
      ],
      rows: network.map((r) => ({
        cells: [r.id, r.title, r.units.length, r.areas.length, r.units.map((u) => u.name).join('; ')],
        href: paths.initiative(r.id),
      })),
      htmlLimit: NETWORK_LIST_LIMIT,
    },
  });

  // Campaign targets the content can measure: initiatives of a district plan recognised at city level or
  // above in each year's round (the city-wide campaign quotes the same per-district target; drawn once).
  const areaLabel = new Map(input.areas.map((a) => [a.id, a.label]));
  for (const c of input.campaigns) {
    for (const { target } of chartedTargets(c)) {
      // The same figure as the campaign page (src/lib/stats/campaign-progress.ts): one way of counting it.
      const series = campaignProgress(c, input.campaigns, items).cityPerYear.map((y) => ({ year: y.year, value: y.count }));
      charts.push({
        kind: 'target',
        id: CHART_IDS.progress(c.id),
        title: format(vi.stats.progressTitle, { area: areaLabel.get(c.area) ?? c.area }),
        summary: targetSummary(series, target),
        note: vi.stats.progressNote,
        series,
        target,
        table: targetTable(series, target),
        more: { href: paths.campaign(c.id), label: c.shortTitle },
      });
    }
  }
  return charts;
}

/** Recognition steps per round year of some initiatives, one row for every year in `years` (zeros too). */
export function recognitionsPerYear(items: readonly Pick<StatsInitiative, 'recognitions'>[], years: readonly number[]): { year: number; value: number }[] {
  const counts = new Map(years.map((y) => [y, 0]));
  for (const i of items) for (const r of i.recognitions) if (counts.has(r.year)) counts.set(r.year, counts.get(r.year)! + 1);
  return [...counts].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/** The small trend on a field's or an area's page: recognitions per year as columns with their numbers, and the table. */
export function trendChart(id: string, rows: readonly { year: number; value: number }[]): ChartSpec {
  const t = vi.trend;
  const top = leaders(rows);
  const total = rows.reduce((s, r) => s + r.value, 0);
  return {
    kind: 'stacked',
    id,
    title: t.title,
    summary: top.length === 0 ? vi.stats.noData : format(t.summary, { years: joinVi(top.map((r) => String(r.year))), n: formatInt(top[0]!.value), total: formatInt(total) }),
    layout: layoutStackedColumns(
      rows.map((r) => ({ label: String(r.year), values: [r.value] })),
      ['luot'],
      { width: 320, height: 170 },
    ),
    series: [{ key: 'luot', label: t.series }],
    table: {
      columns: [
        { key: 'nam', label: vi.stats.year },
        { key: 'so_luot', label: vi.stats.steps, numeric: true },
      ],
      rows: rows.map((r) => ({ cells: [String(r.year), r.value] })),
      totals: [vi.stats.total, total],
    },
  };
}
