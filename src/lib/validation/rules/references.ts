/**
 * Rule `reference`: every id naming another entry names one that exists (an initiative's unit, campaign, replicating
 * units and related initiatives, an exhibition's campaign, a campaign's parent), with the closest existing id as a
 * suggestion; an initiative is not related to itself. A file that exists counts even if it has problems of its own
 * (they are reported on it), so one broken file does not turn every reference to it into a second error.
 */
import { fieldPath, type Problem } from '../problems.ts';
import type { ParsedEntry } from '../entries.ts';
import { suggest } from '../../text/suggest.ts';
import type { CrossEntryRule } from './rule.ts';

/** The collections a reference can point at, as the message names them. */
const TARGETS = {
  units: { label: 'đơn vị', folder: 'content/units/' },
  campaigns: { label: 'phong trào', folder: 'content/campaigns/' },
  initiatives: { label: 'sáng kiến', folder: 'content/initiatives/' },
} as const;
type Target = keyof typeof TARGETS;

export const references: CrossEntryRule = (entries, { ids: known }) => {
  const problems: Problem[] = [];
  const check = (entry: ParsedEntry<unknown>, target: Target, value: string | undefined, path: PropertyKey[]) => {
    if (value === undefined || known[target].has(value)) return;
    const { label, folder } = TARGETS[target];
    problems.push({
      severity: 'error', rule: 'reference', file: entry.source.file, line: entry.source.lineOf(path), field: fieldPath(path),
      message: `Không tìm thấy ${label} "${value}". Sửa: ghi đúng tên tệp (không có .md) trong ${folder}${suggest(value, known[target])}, hoặc tạo ${label} đó trước.`,
    });
  };
  for (const entry of entries.initiatives) {
    const { data, source } = entry;
    check(entry, 'units', data.unit, ['unit']);
    check(entry, 'campaigns', data.campaign, ['campaign']);
    data.status.replicatedBy.forEach((u, i) => check(entry, 'units', u, ['status', 'replicatedBy', i]));
    data.related.forEach((r, i) => {
      if (r === entry.id) {
        problems.push({ severity: 'error', rule: 'reference', file: source.file, line: source.lineOf(['related', i]), field: `related[${i}]`, message: 'Sáng kiến liên quan trỏ về chính nó. Sửa: xóa dòng này.' });
      } else check(entry, 'initiatives', r, ['related', i]);
    });
  }
  for (const entry of entries.exhibitions) check(entry, 'campaigns', entry.data.campaign, ['campaign']);
  for (const entry of entries.campaigns) check(entry, 'campaigns', entry.data.parent, ['parent']);
  return problems;
};
