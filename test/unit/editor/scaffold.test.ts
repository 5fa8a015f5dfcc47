/**
 * `npm run new`: the scaffold names files by ASCII slug without collision, fails `npm run check`
 * while placeholders remain (every placeholder reported with its line), and passes once filled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentCopy, ROOT, runCheck } from '../../helpers/content-fixture.ts';
import { allocateSlug } from '../../../src/lib/editor/scaffold.ts';
import { findPlaceholder } from '../../../src/lib/validation/placeholder.ts';
import { slugify } from '../../../src/lib/text/text.ts';

function runNew(contentDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** What a careful editor writes in place of each placeholder, by field name (fixture ids). */
const FILL: Record<string, string> = {
  summary: '"Tóm tắt đã điền."',
  field: 'chuyen-doi-so',
  area: 'dong-da',
  unit: 'ubnd-phuong-mau',
  unitNameAtRecognition: '"UBND phường Quang Trung"',
  holder: 'ca-nhan',
  name: '"Nguyễn Văn Thử"',
  role: '"Chủ nhiệm sáng kiến"',
  campaign: 'phong-trao-mau',
  level: 'co-so',
  award: 'giay-chung-nhan',
  decisionNumber: '"5/QĐ-HĐSK"',
  decisionDate: '2025-06-10',
  issuer: '"UBND phường Quang Trung"',
  year: '2025',
  state: 'dang-ap-dung',
  verifiedAt: '2026-01-10',
  kind: 'phuong-xa',
  openedAt: '2025-05-01',
  curator: '"Nhóm biên tập"',
  src: '../images/anh-mau.jpg',
  alt: '"Ảnh các khối màu"',
  credit: '"Nhóm kiểm thử"',
};

/** Replace every `key: "«…»"` by FILL[key] and every «…» in the body by plain text; fail on an unknown key. */
function fill(text: string): string {
  const [, front = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text) ?? [];
  const filled = front.replace(/^(\s*(?:- )?)(\w+): "«[^»]*»"$/gm, (_, indent: string, key: string) => {
    if (!(key in FILL)) throw new Error(`The test does not know how to fill "${key}"`);
    return `${indent}${key}: ${FILL[key]}`;
  });
  return filled + body.replace(/«[^»]*»/g, 'Nội dung đã điền');
}

let content: ContentCopy;
beforeEach(() => {
  content = new ContentCopy();
});
afterEach(() => content.remove());

describe('npm run new', () => {
  for (const [kind, folder, ext] of [
    ['sang-kien', 'initiatives', 'md'],
    ['don-vi', 'units', 'md'],
    ['trien-lam', 'exhibitions', 'mdx'],
  ] as const) {
    it(`${kind}: fails check while «placeholders» remain, passes once they are filled`, () => {
      const r = runNew(content.dir, kind, 'Đổi mới', 'tiếp dân ở Đống Đa');
      expect(r.status, r.out).toBe(0);
      const file = `${folder}/doi-moi-tiep-dan-o-dong-da.${ext}`;
      expect(existsSync(content.path(file)), r.out).toBe(true);
      const scaffolded = content.read(file);
      expect(scaffolded).toContain('"Đổi mới tiếp dân ở Đống Đa"');

      const before = runCheck(content.dir);
      expect(before.status).toBe(1);
      // Every line holding a placeholder is reported with its own line number.
      const lines = scaffolded.split('\n');
      const placeholderLines = lines.flatMap((l, i) => (findPlaceholder(l) && !l.trimStart().startsWith('#') ? [i + 1] : []));
      expect(placeholderLines.length).toBeGreaterThan(2);
      for (const line of placeholderLines) expect(before.stdout).toMatch(new RegExp(`${file.replace('.', '\\.')}:${line}: .*Chưa điền chỗ trống mẫu «`));
      // Placeholders are not also reported as wrong vocabulary values or missing references.
      expect(before.stdout).not.toMatch(/không có trong danh mục|Không tìm thấy đơn vị/);

      content.write(file, fill(scaffolded));
      const after = runCheck(content.dir);
      expect(after.stdout).toContain('✓ Nội dung hợp lệ.');
      expect(after.status).toBe(0);
    });
  }

  it('never reuses the name of an existing entry', () => {
    expect(runNew(content.dir, 'sang-kien', 'Sáng kiến mẫu').status).toBe(0);
    expect(existsSync(content.path('initiatives/sang-kien-mau-2.md'))).toBe(true);
    expect(content.read('initiatives/sang-kien-mau.md')).not.toContain('«');
    expect(runNew(content.dir, 'sang-kien', 'Sáng kiến mẫu').status).toBe(0);
    expect(existsSync(content.path('initiatives/sang-kien-mau-3.md'))).toBe(true);
  });

  it('explains its usage in Vietnamese on a wrong kind or a missing title', () => {
    const wrong = runNew(content.dir, 'sang-kienn', 'X');
    expect(wrong.status).toBe(2);
    expect(wrong.out).toMatch(/Loại nội dung "sang-kienn" không có.*\n[\s\S]*npm run new -- sang-kien/);
    expect(runNew(content.dir, 'don-vi').out).toContain('Thiếu tên');
  });
});

describe('allocateSlug', () => {
  it('is ASCII, at most 60 characters cut at a word boundary, and never in the taken set (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdđeghiklmnoôơpqrstuưvxyáàạảãéèẹẻẽ19'.split('')), minLength: 1, maxLength: 14 });
    const title = fc.oneof(
      fc.string({ minLength: 1, maxLength: 120 }),
      // Titles whose slugs straddle the 60-character limit, with and without a hyphen to cut at.
      fc.array(word, { minLength: 1, maxLength: 16 }).map((ws) => ws.join(' ')),
      fc.string({ unit: fc.constantFrom('a', 'b', '1'), minLength: 55, maxLength: 70 }),
    );
    let cut = 0;
    fc.assert(
      fc.property(title, fc.nat(4), fc.array(fc.string({ maxLength: 30 })), (t, suffixes, extra) => {
        const full = slugify(t);
        const first = allocateSlug(t, new Set());
        if (first === undefined) {
          expect(full).toBe('');
          return;
        }
        expect(first).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(first.length).toBeLessThanOrEqual(60);
        if (full.length <= 60) expect(first).toBe(full);
        else {
          cut++;
          expect(full.startsWith(first)).toBe(true);
          // At the last hyphen within the first 61 characters, or at 60 when there is none.
          if (full.slice(0, 61).includes('-')) expect(full[first.length]).toBe('-');
          else expect(first.length).toBe(60);
        }
        // Taken: the slug and its first numbered variants; the next free number is used.
        const taken = new Set([first, ...Array.from({ length: suffixes }, (_, i) => `${first}-${i + 2}`), ...extra]);
        const slug = allocateSlug(t, taken)!;
        expect(taken.has(slug)).toBe(false);
        let n = suffixes + 2;
        while (taken.has(`${first}-${n}`)) n++;
        expect(slug).toBe(`${first}-${n}`);
      }),
    );
    expect(cut).toBeGreaterThan(20);
    // The limit itself: 60 characters stay, 61 are cut, at the hyphen when there is one.
    expect(allocateSlug('a'.repeat(60), new Set())).toBe('a'.repeat(60));
    expect(allocateSlug('a'.repeat(61), new Set())).toBe('a'.repeat(60));
    expect(allocateSlug(`${'a'.repeat(59)} b`, new Set())).toBe('a'.repeat(59));
    expect(allocateSlug(`${'a'.repeat(60)} b`, new Set())).toBe('a'.repeat(60));
    expect(allocateSlug(`${'a'.repeat(61)} b`, new Set())).toBe('a'.repeat(60));
  });
  it('folds đ and cuts long titles at a word boundary', () => {
    expect(allocateSlug('Đường điện mặt trời', new Set())).toBe('duong-dien-mat-troi');
    const long = allocateSlug('Giải pháp rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn phường', new Set())!;
    expect(long.length).toBeLessThanOrEqual(60);
    expect('giai-phap-rut-ngan-thoi-gian-cap-giay-phep-xay-dung-nha-o-rieng-le-tren').toContain(long);
    expect(long.endsWith('-')).toBe(false);
  });
});
