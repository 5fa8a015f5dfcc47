/**
 * Build step: Vietnamese typography for the pages Astro has just written (`src/lib/vietnamese/typeset-pages.ts`),
 * on one worker thread per core for large builds. It runs after the output folder is pruned and before the steps
 * that read pages; its state (each page's size and time once typeset, for which folder) is kept in Astro's cache
 * folder.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from '../lib/threads/pool.ts';
import { pageStamps, pagesToTypeset, readTypesetState, typesetFiles, typesetStamps, writeTypesetState } from '../lib/vietnamese/typeset-pages.ts';
import type { TypesetJob } from '../lib/vietnamese/typeset-worker.ts';

const WORKER = fileURLToPath(new URL('../lib/vietnamese/typeset-worker.ts', import.meta.url));
/** Pages per job: large enough that sending jobs costs nothing, small enough that the threads finish together. */
const BATCH = 250;
/** Below this many pages, starting the threads (about 0.3 s each) costs more than they save. */
const PARALLEL_FROM_PAGES = 2_000;

/** Typesets `files` of `dir` on up to `threads` worker threads; returns how many changed. */
export async function typesetInParallel(dir: string, files: readonly string[], threads: number): Promise<number> {
  if (threads <= 1 || files.length < PARALLEL_FROM_PAGES) return typesetFiles(dir, files);
  const pool = new WorkerPool<TypesetJob, number>(WORKER, threads);
  try {
    const jobs: Promise<number>[] = [];
    for (let i = 0; i < files.length; i += BATCH) jobs.push(pool.run({ dir, files: files.slice(i, i + BATCH) }));
    return (await Promise.all(jobs)).reduce((a, b) => a + b, 0);
  } finally {
    await pool.close();
  }
}

export function typeset(): AstroIntegration {
  let stateFile = '';
  return {
    name: 'mlsk:typeset',
    hooks: {
      'astro:config:done': ({ config }) => {
        stateFile = join(fileURLToPath(config.cacheDir), 'typeset.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const stamps = pageStamps(out);
        const files = pagesToTypeset(stamps, typesetStamps(readTypesetState(stateFile), out));
        const changed = await typesetInParallel(out, files, availableParallelism());
        for (const [file, stamp] of pageStamps(out, files)) stamps.set(file, stamp);
        writeTypesetState(stateFile, { outDir: out, pages: Object.fromEntries(stamps) });
        logger.info(`Định dạng chữ tiếng Việt: ${files.length} trang mới ghi, ${changed} trang được sửa, trong ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
