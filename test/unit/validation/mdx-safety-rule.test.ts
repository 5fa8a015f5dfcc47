/**
 * Rule `mdx-safety` over the entries (the scanner is tested in `test/unit/validation/mdx-safety.test.ts`): it runs on every
 * collection's body, knows the initiatives for InitiativeGrid, and asks the context for images of a Figure.
 */
import { describe, expect, it } from 'vitest';
import { mdxSafety } from '../../../src/lib/validation/rules/mdx-safety.ts';
import { contextWith, FIXTURE_IMAGES, fixtureEntries } from './fixture-entries.ts';

const EXHIBITION = 'exhibitions/trien-lam-mau.mdx';
const body = (text: string) => ({ edit: { [EXHIBITION]: (t: string) => `${t}\n${text}\n` } });

describe('mdxSafety (rule)', () => {
  it('finds nothing in the fixture', () => {
    expect(mdxSafety(fixtureEntries(), contextWith())).toEqual([]);
  });

  it('accepts an InitiativeGrid of existing initiatives and names an unknown one on its line', () => {
    expect(mdxSafety(fixtureEntries(body('<InitiativeGrid ids="sang-kien-mau, sang-kien-thu-hai" />')), contextWith())).toEqual([]);
    expect(mdxSafety(fixtureEntries(body('<InitiativeGrid ids="sang-kien-mau, sang-kien-khac" />')), contextWith())).toEqual([
      {
        severity: 'error', rule: 'reference', file: 'content/exhibitions/trien-lam-mau.mdx', line: 17, field: '(nội dung)',
        message: 'InitiativeGrid: không tìm thấy sáng kiến "sang-kien-khac". Sửa: ghi đúng tên tệp (không có .md) trong content/initiatives/ (có phải "sang-kien-mau"?).',
      },
    ]);
  });

  it("resolves a Figure's image through the context, from the entry's own file", () => {
    const figure = body('<Figure credit="Nhóm biên tập">\n\n![Ảnh mẫu](../images/anh-mau.jpg)\n\n</Figure>');
    const context = contextWith(FIXTURE_IMAGES);
    expect(mdxSafety(fixtureEntries(figure), context)).toEqual([]);
    expect(context.asked).toContainEqual(['content/exhibitions/trien-lam-mau.mdx', '../images/anh-mau.jpg']);
    expect(mdxSafety(fixtureEntries(figure), contextWith()).map((p) => [p.rule, p.line])).toEqual([['image-missing', 19]]);
  });

  it('scans Markdown bodies of the other collections too', () => {
    const entries = fixtureEntries({ edit: { 'units/truong-mau.md': (t) => `${t}\n<script>alert(1)</script>\n` } });
    expect(mdxSafety(entries, contextWith()).map((p) => [p.file, p.rule])).toEqual([['content/units/truong-mau.md', 'mdx-safety']]);
  });
});
