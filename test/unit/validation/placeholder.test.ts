/** Rule `placeholder`: every «…» left by `npm run new`, in any frontmatter value or body line, with its line. */
import { describe, expect, it } from 'vitest';
import { findPlaceholder, placeholderProblems } from '../../../src/lib/validation/placeholder.ts';
import { readSource } from '../../../src/lib/validation/source.ts';

describe('findPlaceholder', () => {
  it('finds the first «…» on one line, and nothing across lines or without both marks', () => {
    expect(findPlaceholder('a «một» b «hai»')).toBe('«một»');
    expect(findPlaceholder('«mở\nđóng»')).toBeUndefined();
    expect(findPlaceholder('chỉ « một dấu')).toBeUndefined();
  });
});

describe('placeholderProblems', () => {
  it('reports nested values and body lines with their lines and fields, shortening a long placeholder', () => {
    const long = `«${'x'.repeat(50)}»`;
    const source = readSource('content/units/x.md', `---\nname: "«Tên»"\nlinks:\n  - label: Trang\n    url: "${long}"\n---\n\nĐoạn đầu.\n«Giới thiệu»\n`);
    const fix = 'Sửa: thay cả cụm «…» (xóa hai dấu « ») bằng nội dung thật, theo ghi chú ở dòng trên.';
    expect(placeholderProblems(source)).toEqual([
      { severity: 'error', rule: 'placeholder', file: 'content/units/x.md', line: 2, field: 'name', message: `Chưa điền chỗ trống mẫu «Tên». ${fix}` },
      { severity: 'error', rule: 'placeholder', file: 'content/units/x.md', line: 5, field: 'links[0].url', message: `Chưa điền chỗ trống mẫu «${'x'.repeat(39)}…». ${fix}` },
      { severity: 'error', rule: 'placeholder', file: 'content/units/x.md', line: 9, field: '(nội dung)', message: `Chưa điền chỗ trống mẫu «Giới thiệu». ${fix}` },
    ]);
  });

  it('finds nothing in a filled file', () => {
    expect(placeholderProblems(readSource('a.md', '---\nname: Tên\n---\nNội dung.\n'))).toEqual([]);
  });
});
