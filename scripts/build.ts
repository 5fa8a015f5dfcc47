/**
 * `npm run build`: the whole site, in two steps one after the other:
 * 1. `astro build` (pages, images, feeds, exports, the search records), in its own process;
 * 2. the search index (`src/lib/search/pagefind-index.ts`), once Astro has exited, so that Pagefind's memory never
 *    adds to Astro's (at 50,000 records each takes gigabytes); shards whose records did not change come from
 *    the cache (`.cache/search`, next to Astro's).
 * Extra arguments go to `astro build`. Environment as for Astro (CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR, …).
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/pagefind-index.ts';
import { outDir, searchCacheDir } from '../src/lib/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
// V8's default heap ceiling (about 4 GB) is below what Astro holds at 50,000 records; give it up to three quarters
// of the machine's memory (at most 12 GB) unless NODE_OPTIONS already sets one. A ceiling, not a reservation.
const heapMb = Math.min(12_288, Math.floor((totalmem() / 2 ** 20) * 0.75));
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const env = /max-old-space-size/.test(nodeOptions) ? process.env : { ...process.env, NODE_OPTIONS: `${nodeOptions} --max-old-space-size=${heapMb}`.trim() };
const astro = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
const stats = await buildSearchIndex(outDir(), { cacheDir: searchCacheDir() });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`[search] Chỉ mục tìm kiếm: ${stats.records} bản ghi, ${stats.shards} phần (${stats.indexed} lập mới, ${stats.shards - stats.indexed} từ bộ nhớ đệm) trong ${seconds} s → ${stats.outputPath}`);
