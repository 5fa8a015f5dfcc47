/** Rule `stale-status`: a warning once an initiative in force was last verified more than 365 days before today. */
import { describe, expect, it } from 'vitest';
import { staleStatus } from '../../../src/lib/validation/rules/stale-status.ts';
import { contextWith, fixtureEntries, TODAY } from './fixture-entries.ts';

const SECOND = 'initiatives/sang-kien-thu-hai.md';
const verifiedAt = (date: string, extra = '') => ({ edit: { [SECOND]: (t: string) => t.replace('verifiedAt: 2026-05-01', `verifiedAt: ${date}`).replace('demo: true', `demo: true${extra}`) } });

describe('staleStatus', () => {
  it('is quiet up to exactly 365 days', () => {
    expect(TODAY).toBe('2026-11-23');
    expect(staleStatus(fixtureEntries(verifiedAt('2025-11-23')), contextWith())).toEqual([]);
  });

  it('warns from 366 days, naming the date and how to fix it', () => {
    expect(staleStatus(fixtureEntries(verifiedAt('2025-11-22')), contextWith())).toEqual([
      {
        severity: 'warning', rule: 'stale-status', file: 'content/initiatives/sang-kien-thu-hai.md', line: 19, field: 'status.verifiedAt',
        message: 'Tình trạng áp dụng chưa được xác minh lại hơn 12 tháng (lần cuối 2025-11-22). Sửa: liên hệ đơn vị, cập nhật status.state và verifiedAt.',
      },
    ]);
  });

  it('counts from the context’s today, not the clock', () => {
    expect(staleStatus(fixtureEntries(verifiedAt('2025-11-22')), { ...contextWith(), today: '2026-11-22' })).toEqual([]);
  });

  it('leaves revoked initiatives alone: nobody verifies a revoked recognition', () => {
    const revoked = '\nrevoked:\n  date: 2024-01-10\n  decision: 5/QĐ-UBND\n  reason: Trùng sáng kiến khác';
    expect(staleStatus(fixtureEntries(verifiedAt('2020-01-01', revoked)), contextWith())).toEqual([]);
  });
});
