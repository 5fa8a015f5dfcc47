/** The output folder's pruning (src/integrations/prune-output.ts): which files go, and which folders go with them. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeEmptyFolders, staleFiles } from '../../../src/integrations/prune-output.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Files under a fresh folder, each with its modification time (ms). */
function tree(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'prune-'));
  for (const [file, mtime] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file);
    utimesSync(path, mtime / 1000, mtime / 1000);
  }
  return dir;
}

describe('staleFiles', () => {
  it('lists files older than the build that the build did not keep, never the search index', () => {
    const out = tree({ 'a/index.html': 1_000, 'b/index.html': 1_000, 'c/index.html': 5_000, 'pagefind/x.pf_fragment': 1_000, 'sitemap-0.xml': 1_000 });
    expect(staleFiles(out, new Set(['a/index.html']), 2_000)).toEqual(['b/index.html', 'sitemap-0.xml']);
  });
});

describe('removeEmptyFolders', () => {
  it('removes the folders the deleted files left empty, deepest first, and keeps every other folder', () => {
    const out = tree({ 'sang-kien/x/index.html': 1, 'sang-kien/y/index.html': 1, 'don-vi/z/a/index.html': 1, 'empty-before/.keep': 1 });
    const deleted = ['sang-kien/x/index.html', 'don-vi/z/a/index.html'];
    for (const f of deleted) rmSync(join(out, f));
    rmSync(join(out, 'empty-before/.keep'));
    removeEmptyFolders(out, deleted);
    expect(existsSync(join(out, 'sang-kien/x'))).toBe(false);
    expect(existsSync(join(out, 'sang-kien/y/index.html'))).toBe(true);
    expect(existsSync(join(out, 'don-vi'))).toBe(false);
    // Only the deleted files' folders are looked at: a folder that was already empty is not this step's business.
    expect(existsSync(join(out, 'empty-before'))).toBe(true);
    expect(existsSync(out)).toBe(true);
  });
});
