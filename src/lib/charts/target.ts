/** Progress against a campaign target: the table and the summary sentence behind TargetProgressChart. */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import { formatInt } from '../text/format.ts';
import type { DataTable } from './table.ts';
import { parseTargetRange } from '../stats/aggregates.ts';

export interface TargetSpec {
  min: number;
  max?: number;
  /** The target as written, e.g. `3–5 sáng kiến`. */
  label: string;
  /** Where it is written, e.g. `Kế hoạch số 19/KH-HĐTĐKT, mục II.2.b`. */
  source: string;
}

/** A campaign target as written in the plan (`content/campaigns/*.md`). */
export interface PlanTarget {
  label: string;
  value: string;
  source: string;
  /** Key of a figure the site can compute (`thanh-pho-moi-nam`, `ty-le-ap-dung`); other targets are not measured. */
  metric?: string | undefined;
}

/**
 * The band of a target on initiatives recognised at city level or above each year (`thanh-pho-moi-nam` with a number
 * in its text), or undefined for any other target.
 */
export function cityPerYearTarget(t: PlanTarget): TargetSpec | undefined {
  if (t.metric !== 'thanh-pho-moi-nam') return undefined;
  const range = parseTargetRange(t.value);
  return range && { ...range, label: t.value, source: t.source };
}

/**
 * The one rule of which targets get a chart (campaign page, /so-lieu/): a district's own plan draws its per-year
 * city-level targets; the city-wide campaign quotes the same per-district target for comparison and draws none.
 */
export function chartedTargets(campaign: { districtPlan: boolean; targets: readonly PlanTarget[] }): { label: string; target: TargetSpec }[] {
  if (!campaign.districtPlan) return [];
  return campaign.targets.flatMap((t) => {
    const target = cityPerYearTarget(t);
    return target ? [{ label: t.label, target }] : [];
  });
}

export type TargetVerdict = 'met' | 'notMet' | 'above';

/** Below the minimum, within the band, or above its maximum. */
export function verdict(value: number, target: { min: number; max?: number | undefined }): TargetVerdict {
  if (value < target.min) return 'notMet';
  return target.max !== undefined && value > target.max ? 'above' : 'met';
}

const VERDICT_LABEL: Record<TargetVerdict, string> = { met: vi.stats.targetMet, notMet: vi.stats.targetNotMet, above: vi.stats.targetAbove };

export function verdictLabel(v: TargetVerdict): string {
  return VERDICT_LABEL[v];
}

export function targetTable(series: readonly { year: number; value: number }[], target: TargetSpec): DataTable {
  return {
    columns: [
      { key: 'nam', label: vi.stats.year },
      { key: 'so_sang_kien', label: vi.stats.value, numeric: true },
      { key: 'chi_tieu', label: vi.stats.target },
      { key: 'ket_qua', label: vi.stats.reached },
    ],
    rows: series.map((s) => ({ cells: [String(s.year), s.value, target.label, verdictLabel(verdict(s.value, target))] })),
  };
}

/** E.g. "Đạt chỉ tiêu 3–5 sáng kiến trong 2 trên 5 năm; cao nhất năm 2023: 4." */
export function targetSummary(series: readonly { year: number; value: number }[], target: TargetSpec): string {
  if (series.length === 0) return vi.stats.noData;
  const reached = series.filter((s) => verdict(s.value, target) !== 'notMet').length;
  const best = Math.max(...series.map((s) => s.value));
  const bestYears = series.filter((s) => s.value === best).map((s) => String(s.year));
  return format(vi.stats.targetSentence, { target: target.label, reached: formatInt(reached), years: formatInt(series.length), bestYears: joinVi(bestYears), best: formatInt(best) });
}

/** "a", "a và b", "a, b và c". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return format(vi.common.listLast, { list: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}
