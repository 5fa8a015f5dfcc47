/**
 * The validator's file walk: the entry files of a collection folder, found with the very patterns the collections'
 * loaders use (`CONTENT_FILES` in `config.ts`), so `npm run check` never reads a file the build skips, or the reverse.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES } from '../config.ts';

/** Absolute paths of the entry files under `dir`, in a stable (code point) order; none if `dir` does not exist. */
export function listContentFiles(dir: string): string[] {
  return globSync(CONTENT_FILES.include, { cwd: dir, exclude: [...CONTENT_FILES.exclude] })
    .map((name) => join(dir, name))
    .sort();
}
