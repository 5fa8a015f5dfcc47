import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readSource } from '../../../src/lib/validation/source.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';

const file = (front: string, body = 'Nội dung.\n') => `---\n${front}\n---\n${body}`;

describe('readSource', () => {
  it('reads dates as text, as the schemas expect (an impossible date must not roll over)', () => {
    const s = readSource('a.md', file('title: Tên\ndate: 2024-02-30\nyear: 2024\nok: true'));
    expect(s.syntaxErrors).toEqual([]);
    expect(s.data).toEqual({ title: 'Tên', date: '2024-02-30', year: 2024, ok: true });
    expect(s.bodyLine).toBe(7);
    expect(s.body).toBe('Nội dung.\n');
  });

  it('finds the line of a nested field only when asked, counting the opening fence', () => {
    const s = readSource('a.md', file('title: Tên\nrecognitions:\n  - level: co-so\n    year: 2022\n  - level: thanh-pho\n    year: 2023'));
    expect(s.lineOf(['recognitions', 1, 'level'])).toBe(6);
    expect(s.lineOf(['recognitions', 0], 'year')).toBe(5);
    expect(s.lineOf(['missing', 'deeper'])).toBe(2);
  });

  it('reports YAML mistakes in Vietnamese with their line, and gives no data', () => {
    const duplicate = readSource('a.md', file('title: Một\nsummary: Tóm tắt\ntitle: Hai'));
    expect(duplicate.data).toBeUndefined();
    expect(duplicate.syntaxErrors).toEqual([{ line: 4, message: expect.stringContaining('Một trường được ghi hai lần') }]);
    const quote = readSource('a.md', file('title: "Chưa đóng ngoặc\nsummary: x'));
    expect(quote.data).toBeUndefined();
    expect(quote.syntaxErrors[0]?.message).toMatch(/^Lỗi cú pháp YAML/);
  });

  it('says when the frontmatter fences are missing', () => {
    const s = readSource('a.md', 'title: Tên\n');
    expect(s.data).toBeUndefined();
    expect(s.syntaxErrors[0]?.message).toContain('frontmatter');
  });
});

describe('initiativeSchema built once per entry (as Astro does for image())', () => {
  const vocab = new Map([['giao-duc', 'Giáo dục']]);
  const entry = {
    title: 'Sổ tay số cho giáo viên',
    summary: 'Tóm tắt.',
    field: 'giao-duc',
    area: 'giao-duc',
    unit: 'truong-a',
    unitNameAtRecognition: 'Trường A',
    holder: 'tap-the',
    campaign: 'sang-kien-sang-tao-thu-do-2021-2025',
    recognitions: [{ level: 'co-so', award: 'giay-khen', decisionNumber: '12/QĐ-UBND', decisionDate: '2024-05-02', issuer: 'UBND phường', year: 2024 }],
    status: { state: 'dang-ap-dung', verifiedAt: '2025-06-01' },
    media: [{ src: 'anh.jpg', alt: 'Lớp học', credit: 'Trường A' }],
  };

  it('checks each entry with its own image checker while the other fields are shared', () => {
    const seen: string[] = [];
    const imageFor = (file: string) => z.string().transform((src) => (seen.push(`${file}:${src}`), `${file}/${src}`));
    const a = initiativeSchema({ image: imageFor('a'), fields: vocab, areas: vocab, today: '2026-11-23' }).parse(entry);
    const b = initiativeSchema({ image: imageFor('b'), fields: vocab, areas: vocab, today: '2026-11-23' }).parse(entry);
    expect([a.media[0]?.src, b.media[0]?.src]).toEqual(['a/anh.jpg', 'b/anh.jpg']);
    expect(seen).toEqual(['a:anh.jpg', 'b:anh.jpg']);
    // Key order is the declared order (media between impact and documents), as before the split.
    expect(Object.keys(a).indexOf('media')).toBe(Object.keys(a).indexOf('impact') + 1);
  });

  it('builds the shared fields again when the vocabularies or the date change', () => {
    const check = (today: string, fields = vocab) => initiativeSchema({ image: z.string(), fields, areas: vocab, today }).safeParse(entry);
    expect(check('2026-11-23').success).toBe(true);
    // verifiedAt 2025-06-01 is in the future on 2025-01-01.
    expect(check('2025-01-01').error?.issues.map((i) => i.path.join('.'))).toEqual(['status.verifiedAt']);
    expect(check('2026-11-23').success).toBe(true);
    expect(check('2026-11-23', new Map([['y-te', 'Y tế']])).error?.issues.map((i) => i.path.join('.'))).toEqual(['field']);
  });
});
