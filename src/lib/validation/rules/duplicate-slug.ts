/**
 * Rule `duplicate-slug`: two files of a collection whose paths give the same id would share one URL. It runs on the
 * file list of a collection before any file is read: the second file (in reading order) is reported and not read.
 */
import type { Problem } from '../problems.ts';

/** The files to read (the first of each id) and a problem for every other file with a taken id. */
export function duplicateSlugs<F extends { file: string; id: string }>(files: readonly F[]): { kept: F[]; problems: Problem[] } {
  const first = new Map<string, string>();
  const kept: F[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const taken = first.get(f.id);
    if (taken === undefined) {
      first.set(f.id, f.file);
      kept.push(f);
      continue;
    }
    problems.push({
      severity: 'error', rule: 'duplicate-slug', file: f.file, line: 1, field: '',
      message: `Trùng địa chỉ trang (slug) "${f.id}" với tệp ${taken}: hai tệp sẽ cùng một URL. Sửa: đổi tên một tệp (tên không dấu khác nhau).`,
    });
  }
  return { kept, problems };
}
