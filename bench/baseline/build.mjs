// @ts-check
/**
 * `node bench/baseline/build.mjs`: builds the benchmark's baseline as the site's build does its work, in two
 * steps: `astro build --root bench/baseline` in a child process, then Pagefind's Node API indexes the built
 * pages (those with `data-pagefind-body`: one per initiative and unit) into `<outDir>/pagefind/`.
 * Environment as for `astro build` of the baseline: CONTENT_DIR, OUT_DIR (relative to bench/baseline, as in its
 * astro.config.mjs), ASTRO_CACHE_DIR, BUILD_CONCURRENCY. Exits with the first failing step's code.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const BASELINE = import.meta.dirname;
const ASTRO_BIN = resolve(BASELINE, '../../node_modules/astro/bin/astro.mjs');
const outDir = resolve(BASELINE, process.env.OUT_DIR ?? 'dist');

/** @param {string[]} problems */
function fail(problems) {
  console.error(`Baseline search index failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

/** @type {number} */
const code = await new Promise((done, reject) => {
  spawn(process.execPath, [ASTRO_BIN, 'build', '--root', BASELINE], { stdio: 'inherit' })
    .on('error', reject)
    .on('exit', (exit) => done(exit ?? 1));
});
if (code !== 0) process.exit(code);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) fail(errors.length ? errors : ['Pagefind did not start']);
else {
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) fail(added.errors);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) fail(written.errors);
  await pagefind.close();
  console.log(`Pagefind: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`);
}
