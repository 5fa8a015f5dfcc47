/**
 * The `placeholder` rule: a «…» left by `npm run new` (the scaffold writes one in every field to fill) is an error on
 * its own line, in a frontmatter value or in the body, so a scaffold fails `npm run check` until it is filled in.
 */
import { fieldPath, type Problem } from './problems.ts';
import type { SourceFile } from './source.ts';

/** A placeholder: text between « and » on one line. */
export const PLACEHOLDER = /«[^»\n]*»/;

/** The first placeholder in a text, if any. */
export function findPlaceholder(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[0];
}

/** Every placeholder left in the frontmatter values or the body of a file. */
export function placeholderProblems(source: SourceFile): Problem[] {
  const found: Problem[] = [];
  const message = (text: string) =>
    `Chưa điền chỗ trống mẫu ${text.length > 42 ? `${text.slice(0, 40)}…»` : text}. Sửa: thay cả cụm «…» (xóa hai dấu « ») bằng nội dung thật, theo ghi chú ở dòng trên.`;
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const text = findPlaceholder(value);
      if (text) found.push({ severity: 'error', rule: 'placeholder', file: source.file, line: source.lineOf(path), field: fieldPath(path), message: message(text) });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  source.body.split('\n').forEach((line, i) => {
    const text = findPlaceholder(line);
    if (text) found.push({ severity: 'error', rule: 'placeholder', file: source.file, line: source.bodyLine + i, field: '(nội dung)', message: message(text) });
  });
  return found;
}
