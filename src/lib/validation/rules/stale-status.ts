/** Rule `stale-status` (warning): an initiative in force whose status was last verified more than a year ago. */
import { daysBetween } from '../../text/dates.ts';
import type { Problem } from '../problems.ts';
import type { CrossEntryRule } from './rule.ts';

/** Status checks older than this are reported as stale. */
export const STALE_DAYS = 365;

export const staleStatus: CrossEntryRule = (entries, { today }) =>
  entries.initiatives.flatMap(({ data, source }): Problem[] => {
    const { verifiedAt } = data.status;
    if (data.revoked || daysBetween(verifiedAt, today) <= STALE_DAYS) return [];
    return [{
      severity: 'warning', rule: 'stale-status', file: source.file, line: source.lineOf(['status', 'verifiedAt']), field: 'status.verifiedAt',
      message: `Tình trạng áp dụng chưa được xác minh lại hơn 12 tháng (lần cuối ${verifiedAt}). Sửa: liên hệ đơn vị, cập nhật status.state và verifiedAt.`,
    }];
  });
