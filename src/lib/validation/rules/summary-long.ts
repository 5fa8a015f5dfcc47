/** Rule `summary-long` (warning): a summary longer than cards show, in any collection. */
import { allEntries } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { CrossEntryRule } from './rule.ts';

/** Longer summaries are cut on cards. */
export const SUMMARY_WARN_CHARS = 220;

export const summaryLong: CrossEntryRule = (entries) =>
  allEntries(entries).flatMap(({ data, source }): Problem[] => {
    const { summary } = data;
    if (summary.length <= SUMMARY_WARN_CHARS) return [];
    return [{
      severity: 'warning', rule: 'summary-long', file: source.file, line: source.lineOf(['summary']), field: 'summary',
      message: `Tóm tắt dài ${summary.length} ký tự, sẽ bị cắt trên thẻ (nên ≤ ${SUMMARY_WARN_CHARS}). Sửa: rút gọn, đưa chi tiết vào phần nội dung.`,
    }];
  });
