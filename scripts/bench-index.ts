/**
 * Cost of the search index step alone: indexes the records a build left in `<site>/pagefind/records.json`
 * (build with `npx astro build` to stop before indexing, or copy the file back) with the build's own code
 * (`buildSearchIndex`, which rewrites `<site>/pagefind/`) and prints records, wall time and this process's
 * CPU time (Pagefind's own binary runs beside it).
 *
 *   node scripts/bench-index.ts [site-dir=dist]
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/pagefind-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const cpu = process.cpuUsage();
const stats = await buildSearchIndex(site);
const used = process.cpuUsage(cpu);
console.log(
  `${stats.records} records indexed in ${((performance.now() - started) / 1000).toFixed(1)} s wall, ` +
    `${((used.user + used.system) / 1e6).toFixed(1)} s CPU in Node → ${stats.outputPath}`,
);
