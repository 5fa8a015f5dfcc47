import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, formatDateLong, formatDateShort, isIsoDate, today, yearsOf } from '../../../src/lib/text/dates.ts';
import { formatDecimal, formatInt, formatMeasure, formatPercent } from '../../../src/lib/text/format.ts';

describe('dates', () => {
  it('accepts only real calendar dates in YYYY-MM-DD', () => {
    expect(isIsoDate('2021-04-20')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('20/4/2021')).toBe(false);
    expect(isIsoDate('2021-4-20')).toBe(false);
  });

  it('round-trips every real date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });

  it('formats dates the way Vietnamese documents write them', () => {
    expect(formatDateShort('2021-04-20')).toBe('20/4/2021');
    expect(formatDateShort('2023-05-18')).toBe('18/5/2023');
    expect(formatDateLong('2021-04-28')).toBe('28 tháng 4 năm 2021');
  });

  it('counts days and honours SITE_TODAY', () => {
    expect(daysBetween('2025-11-23', '2026-11-23')).toBe(365);
    expect(today({ SITE_TODAY: '2026-11-23' })).toBe('2026-11-23');
    expect(() => today({ SITE_TODAY: '23/11/2026' })).toThrow();
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('yearsOf', () => {
  it('lists every year of a period, both ends included', () => {
    expect(yearsOf({ from: 2021, to: 2025 })).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(yearsOf({ from: 2024, to: 2024 })).toEqual([2024]);
    expect(yearsOf({ from: 2025, to: 2021 })).toEqual([]);
  });
  it('has to - from + 1 consecutive years for any period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 40 }), (from, span) => {
        const years = yearsOf({ from, to: from + span });
        expect(years).toHaveLength(span + 1);
        years.forEach((y, k) => expect(y).toBe(from + k));
      }),
    );
  });
});

describe('numbers', () => {
  it('uses the Vietnamese separators', () => {
    expect(formatInt(12345)).toBe('12.345');
    expect(formatDecimal(12.5)).toBe('12,5');
    expect(formatPercent(0.155)).toBe('15,5%');
    expect(formatMeasure(35, '%')).toBe('35%');
    expect(formatMeasure(6900, 'lượt')).toBe('6.900 lượt');
    expect(formatMeasure(2.5)).toBe('2,5');
  });
});
