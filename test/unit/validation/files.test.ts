/**
 * The validator's file walk reads exactly the files the collections' loaders do (`CONTENT_FILES`): Markdown and MDX,
 * not under a `_` or `.` name, in a stable order.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listContentFiles } from '../../../src/lib/validation/files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsk-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('listContentFiles', () => {
  it('lists .md and .mdx files at any depth, skipping _ and . names and other files', () => {
    for (const name of ['b.md', 'a.mdx', 'Đổi mới.md', 'sub/c.md', '_nhap.md', '.an.md', '_drafts/d.md', '.git/e.md', 'sub/_f.mdx', 'g.txt', 'h.markdown']) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), '');
    }
    expect(listContentFiles(dir).map((abs) => relative(dir, abs).split('\\').join('/'))).toEqual(['a.mdx', 'b.md', 'sub/c.md', 'Đổi mới.md']);
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(listContentFiles(join(dir, 'khong-co'))).toEqual([]);
  });
});
