/**
 * `typesetHtml` for whole pages, on a worker thread. The build renders pages on one thread, several at a time
 * (`build.concurrency`); typesetting a page (about 1 ms) is the largest single piece of that work, and it is a
 * pure function of the page's HTML, so while the worker typesets one page the main thread renders the next. The
 * result is the same string `typesetHtml` returns on the main thread.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { WorkerPool } from '../threads/pool.ts';
import { typesetHtml } from './typography.ts';

/** The worker's source, run by Node as TypeScript (it is not bundled, so it is found from the project root). */
const WORKER = resolve('src/lib/vietnamese/typeset-worker.ts');

/** Typesetting threads: `TYPESET_THREADS` (0: on the calling thread), else one per core but the first. */
export function typesetThreads(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const n = Number(env.TYPESET_THREADS);
  return env.TYPESET_THREADS !== undefined && Number.isInteger(n) && n >= 0 ? n : Math.max(0, cores - 1);
}

/** Decided once per process (asking for the cores is a system call, 76 µs, and this runs for every page). */
let pool: WorkerPool<string, string> | null | undefined;

/** `typesetHtml(html)`, computed on the typesetting thread when there is one. */
export function typesetHtmlOffThread(html: string): Promise<string> {
  if (pool === undefined) {
    const threads = typesetThreads();
    pool = threads === 0 ? null : new WorkerPool<string, string>(WORKER, threads);
  }
  return pool ? pool.run(html) : Promise.resolve(typesetHtml(html));
}
