/**
 * The vocabulary files as the validator reports them (through the build's own reader): problems on the line of the
 * item, named by its id; the items valid on their own are still usable; a missing or unreadable file is one problem.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { areasFileSchema, fieldsFileSchema } from '../../../src/schemas/taxonomy.ts';
import { loadTaxonomy } from '../../../src/lib/content/taxonomy.ts';
import { checkTaxonomyFile, listItemLine } from '../../../src/lib/validation/taxonomy.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsk-taxonomy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FIELDS = `- id: chuyen-doi-so
  label: Chuyển đổi số
  description: Ứng dụng công nghệ.
- id: moi-truong
  label: Môi trường
  description: Rác thải, nước.
`;

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('checkTaxonomyFile', () => {
  it('returns every item of a valid file and no problem', () => {
    const { problems, items } = checkTaxonomyFile(write('fields.yaml', FIELDS), 'content/fields.yaml', fieldsFileSchema);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.id, i.label])).toEqual([['chuyen-doi-so', 'Chuyển đổi số'], ['moi-truong', 'Môi trường']]);
  });

  it('names the item by its id on the line of the field, and keeps the items valid on their own', () => {
    const abs = write('fields.yaml', FIELDS.replace('  description: Rác thải, nước.\n', ''));
    const { problems, items } = checkTaxonomyFile(abs, 'content/fields.yaml', fieldsFileSchema);
    expect(problems).toEqual([{ severity: 'error', rule: 'taxonomy', file: 'content/fields.yaml', line: 4, field: 'moi-truong.description', message: 'Thiếu mô tả lĩnh vực. Sửa: thêm dòng này và ghi nội dung.' }]);
    expect(items.map((i) => i.id)).toEqual(['chuyen-doi-so', 'moi-truong']);
  });

  it('reports a missing file and a file that is not YAML, with the line', () => {
    expect(checkTaxonomyFile(join(dir, 'areas.yaml'), 'content/areas.yaml', areasFileSchema)).toEqual({
      problems: [{ severity: 'error', rule: 'taxonomy', file: 'content/areas.yaml', line: 1, field: '', message: 'Thiếu tệp danh mục. Sửa: khôi phục tệp từ kho mã.' }],
      items: [],
    });
    const broken = checkTaxonomyFile(write('fields.yaml', '- id: a\n  label: b\n- id: c\n  label: x: y\n- id: e\n  label: f\n'), 'content/fields.yaml', fieldsFileSchema);
    expect(broken.items).toEqual([]);
    expect(broken.problems).toEqual([{ severity: 'error', rule: 'syntax', file: 'content/fields.yaml', line: 4, field: '', message: 'Lỗi cú pháp YAML. Sửa: so với các mục khác trong tệp.' }]);
  });
});

describe('loadTaxonomy (the same reader, for the build)', () => {
  it('refuses an invalid or missing file with one Vietnamese message', () => {
    write('fields.yaml', FIELDS);
    expect(() => loadTaxonomy(dir)).toThrow(/^Danh mục lĩnh vực\/địa bàn không hợp lệ .*Chạy "npm run check" để xem chi tiết\.$/);
  });
});

describe('listItemLine', () => {
  const raw = '- id: a\n  label: A\n- id: b\n  label: B\n  tile: { row: 1, col: 2 }\n';
  it('finds the item, then its key within the item', () => {
    expect(listItemLine(raw, [1])).toBe(3);
    expect(listItemLine(raw, [1, 'tile'])).toBe(5);
    expect(listItemLine(raw, [0, 'id'])).toBe(1);
    expect(listItemLine(raw, [0, 'tile'])).toBe(1);
  });
  it('falls back to line 1 for a path it cannot place', () => {
    expect(listItemLine(raw, [5])).toBe(1);
    expect(listItemLine(raw, ['x'])).toBe(1);
  });
});
