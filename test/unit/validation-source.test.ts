import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/validation/source.ts';

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
