/** Vietnamese date helpers. All dates in content are calendar dates `YYYY-MM-DD` (no time zone). */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date in the form YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Parse a YYYY-MM-DD string into its parts; throws on anything else. */
export function dateParts(value: string): { year: number; month: number; day: number } {
  if (!isIsoDate(value)) throw new Error(`Not a calendar date: ${value}`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Year of a YYYY-MM-DD date. */
export function yearOf(value: string): number {
  return dateParts(value).year;
}

/** `20/4/2021`: the short form used in Vietnamese documents. */
export function formatDateShort(value: string): string {
  const { year, month, day } = dateParts(value);
  return `${day}/${month}/${year}`;
}

/** A date known to the year (`YYYY` → `Năm 2021`), the month (`YYYY-MM` → `Tháng 4/2021`) or the day (`20/4/2021`). */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return format(vi.partialDate.year, { year: value });
  if (/^\d{4}-\d{2}$/.test(value)) return format(vi.partialDate.month, { month: Number(value.slice(5, 7)), year: value.slice(0, 4) });
  return formatDateShort(value);
}

/** `20 tháng 4 năm 2021`: the long form, as in the dateline of an administrative document. */
export function formatDateLong(value: string): string {
  const { year, month, day } = dateParts(value);
  return format(vi.common.dateLong, { day, month, year });
}

/** Today's date as YYYY-MM-DD in Vietnam's time zone (UTC+7), or `SITE_TODAY` if set (for tests). */
export function today(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.SITE_TODAY;
  if (fixed) {
    if (!isIsoDate(fixed)) throw new Error(`SITE_TODAY must be YYYY-MM-DD, got ${fixed}`);
    return fixed;
  }
  const now = new Date(Date.now() + 7 * 3600 * 1000);
  return now.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (both YYYY-MM-DD); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Every year of a period, both ends included: `{ from: 2021, to: 2023 }` → [2021, 2022, 2023]; none if `to < from`. */
export function yearsOf(period: { from: number; to: number }): number[] {
  return Array.from({ length: Math.max(0, period.to - period.from + 1) }, (_, k) => period.from + k);
}
