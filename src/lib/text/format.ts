/** Vietnamese number formatting: `.` groups thousands, `,` is the decimal mark. */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `12.345` */
export function formatInt(n: number): string {
  return integer.format(n);
}

/** `12,5` */
export function formatDecimal(n: number): string {
  return decimal.format(n);
}

/** `15%`, `12,5%` */
export function formatPercent(ratio: number): string {
  return `${decimal.format(ratio * 100)}%`;
}

/** A measured value with its unit: `35%`, `6.900 lượt`, `2,5 giờ/tháng`. */
export function formatMeasure(value: number, unit?: string): string {
  if (!unit) return formatDecimal(value);
  return unit === '%' ? `${formatDecimal(value)}%` : `${formatDecimal(value)} ${unit}`;
}
