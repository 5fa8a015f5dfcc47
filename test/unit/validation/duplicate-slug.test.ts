/** Rule `duplicate-slug`: the first file of an id is read, every later one is reported against it. */
import { describe, expect, it } from 'vitest';
import { duplicateSlugs } from '../../../src/lib/validation/rules/duplicate-slug.ts';

describe('duplicateSlugs', () => {
  it('keeps files with distinct ids, in order', () => {
    const files = [{ file: 'a.md', id: 'a' }, { file: 'b.md', id: 'b' }];
    expect(duplicateSlugs(files)).toEqual({ kept: files, problems: [] });
  });

  it('reports each later file of a taken id against the first, on line 1, and drops it', () => {
    const first = { file: 'content/initiatives/Đổi mới.md', id: 'doi-moi' };
    const { kept, problems } = duplicateSlugs([first, { file: 'content/initiatives/doi-moi.md', id: 'doi-moi' }, { file: 'content/initiatives/doi-moi.mdx', id: 'doi-moi' }]);
    expect(kept).toEqual([first]);
    expect(problems).toEqual([
      {
        severity: 'error', rule: 'duplicate-slug', file: 'content/initiatives/doi-moi.md', line: 1, field: '',
        message: 'Trùng địa chỉ trang (slug) "doi-moi" với tệp content/initiatives/Đổi mới.md: hai tệp sẽ cùng một URL. Sửa: đổi tên một tệp (tên không dấu khác nhau).',
      },
      expect.objectContaining({ file: 'content/initiatives/doi-moi.mdx', message: expect.stringContaining('với tệp content/initiatives/Đổi mới.md') }),
    ]);
  });
});
