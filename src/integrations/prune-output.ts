/**
 * Build step that lets the incremental build keep the output folder instead of emptying it. Astro empties
 * `outDir` before a build and then copies every unchanged page back from its cache; at 50,000 records the
 * emptying took 37 s and the copying most of the 105 s of "generating" in a build with nothing changed
 * (docs/performance.md). With `vite.build.emptyOutDir: false` (astro.config.mjs) a page already in place is
 * kept as it is ("(cached)" in the log). What the build no longer produces (a deleted record's page, a page
 * that moved) must then go: at `astro:build:done` this step deletes every file of the output folder that this
 * build neither generated nor kept (Astro's `assets` list, restored and cached pages included) and did not
 * write (older than this process). `pagefind/` is left to the search index step, which replaces it whole.
 * It must run before the integrations that write files at `astro:build:done` (first in the list).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files of `dir` (relative, `/`-separated) that are neither kept nor written since `since` (ms). */
export function staleFiles(dir: string, kept: ReadonlySet<string>, since: number): string[] {
  const stale: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = name.split(sep).join('/');
    if (file === 'pagefind' || file.startsWith('pagefind/') || kept.has(file)) continue;
    const s = statSync(join(dir, name));
    if (s.isFile() && s.mtimeMs < since) stale.push(file);
  }
  return stale.sort();
}

/**
 * Remove the folders that deleting `files` (relative to `dir`) left empty, from each file's folder upwards; `dir`
 * itself stays. Only those folders are looked at: listing the whole output folder again (190,000 entries at 50,000
 * records) made this step take 15 s in every build that deleted anything.
 */
export function removeEmptyFolders(dir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = posix.dirname(file); folder !== '.' && folder !== '/'; folder = posix.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a parent is looked at after its emptied children are gone.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    const path = join(dir, folder);
    try {
      if (readdirSync(path).length === 0) rmdirSync(path);
    } catch {
      // already gone, or not a folder
    }
  }
}

export function pruneOutput(): AstroIntegration {
  return {
    name: 'mlsk:prune-output',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const kept = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) kept.add(relative(out, fileURLToPath(url)).split(sep).join('/'));
        const stale = staleFiles(out, kept, performance.timeOrigin);
        for (const file of stale) rmSync(join(out, file), { force: true });
        removeEmptyFolders(out, stale);
        // Files that the build steps after this one write (sitemaps, /admin/, permalinks.json, _redirects) are counted
        // too: they are older than this build until those steps write them again.
        logger.info(`${stale.length} tệp không do bản dựng này tạo ra đã được xóa khỏi thư mục xuất (kể cả các tệp mà các bước sau, như sơ đồ trang và trang biên tập, sẽ ghi lại).`);
      },
    },
  };
}
