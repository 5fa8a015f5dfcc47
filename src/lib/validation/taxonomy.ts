/**
 * The vocabulary files (`fields.yaml`, `areas.yaml`) as the validator reports them: each problem names the line of
 * the list item it concerns and the item by its id. The files are read by `readTaxonomyFile` (`lib/content/taxonomy.ts`),
 * the same reader the build uses.
 */
import { z } from 'astro/zod';
import { fieldSchema } from '../../schemas/taxonomy.ts';
import { readTaxonomyFile } from '../content/taxonomy.ts';
import { fieldPath, type Problem } from './problems.ts';

/** What the other files need of a vocabulary item: its id and label (the map's fields may be wrong meanwhile). */
const VOCABULARY_ITEM = z.object({ id: fieldSchema.shape.id, label: z.string().min(1) });

export interface TaxonomyCheck {
  problems: Problem[];
  /**
   * The items the content files may use. When the file breaks a rule, the items that are valid on their own, so that
   * the other files are not reported as using unknown values because of it; none when the file is missing or not YAML.
   */
  items: { id: string; label: string }[];
}

/** Check one vocabulary file; `file` is its path as printed in messages. */
export function checkTaxonomyFile(abs: string, file: string, schema: z.ZodType<{ id: string; label: string }[]>): TaxonomyCheck {
  const read = readTaxonomyFile(abs, schema);
  const problem = (rule: Problem['rule'], line: number, field: string, message: string): Problem => ({ severity: 'error', rule, file, line, field, message });
  if (read.state === 'missing') return { problems: [problem('taxonomy', 1, '', 'Thiếu tệp danh mục. Sửa: khôi phục tệp từ kho mã.')], items: [] };
  if (read.state === 'syntax-error') return { problems: [problem('syntax', read.line, '', 'Lỗi cú pháp YAML. Sửa: so với các mục khác trong tệp.')], items: [] };
  const { raw, data, result } = read;
  if (result.success) return { problems: [], items: result.data };
  const problems = result.error.issues.map((issue) => {
    // Name the item by its id (`long-bien.tile`) rather than its position in the list.
    const [index, ...rest] = issue.path;
    const item: unknown = typeof index === 'number' && Array.isArray(data) ? data[index] : undefined;
    const id = item && typeof item === 'object' && 'id' in item ? item.id : undefined;
    const field = typeof id === 'string' ? [id, fieldPath(rest)].filter(Boolean).join('.') : fieldPath(issue.path);
    return problem('taxonomy', listItemLine(raw, issue.path), field, issue.message);
  });
  const items = Array.isArray(data) ? data.flatMap((x) => { const r = VOCABULARY_ITEM.safeParse(x); return r.success ? [r.data] : []; }) : [];
  return { problems, items };
}

/** Line of the list item (and of its key, if the path names one) that a path like `[2].tile` points at; 1 if not found. */
export function listItemLine(raw: string, path: readonly PropertyKey[]): number {
  const [index, key] = path;
  if (typeof index !== 'number') return 1;
  const lines = raw.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (/^-\s/.test(l) ? [i] : []));
  const start = starts[index];
  if (start === undefined) return 1;
  if (typeof key === 'string') {
    const end = starts[index + 1] ?? lines.length;
    for (let i = start; i < end; i++) if (new RegExp(`^(?:-\\s+|\\s+)${key}:`).test(lines[i]!)) return i + 1;
  }
  return start + 1;
}
