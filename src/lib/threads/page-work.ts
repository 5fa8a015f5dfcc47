/**
 * The pure, costly parts of rendering a page, done on a worker thread (`page-worker.ts`): typesetting the whole
 * page (`typesetHtml`, about 1 ms a page) and drawing its QR codes (`qrSvg`, one per recognition on the print
 * poster). The build renders pages on one thread, several at a time (`build.concurrency`), so while the worker does
 * this for one page the main thread renders the next. The results are the same strings the functions return on the
 * main thread.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { qrSvg, type QrOptions } from '../images/qr.ts';
import { typesetHtml } from '../vietnamese/typography.ts';
import { WorkerPool } from './pool.ts';

export type PageJob = { typeset: string } | { qr: string; options: QrOptions };

/** Runs one job on the calling thread: what the worker does with it. */
export function pageWork(job: PageJob): string {
  return 'typeset' in job ? typesetHtml(job.typeset) : qrSvg(job.qr, job.options);
}

/** The worker's source, run by Node as TypeScript (it is not bundled, so it is found from the project root). */
const WORKER = resolve('src/lib/threads/page-worker.ts');

/** Page threads: `PAGE_THREADS` (0: the calling thread does the work), else one per core but the first. */
export function pageThreads(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const n = Number(env.PAGE_THREADS);
  return env.PAGE_THREADS !== undefined && Number.isInteger(n) && n >= 0 ? n : Math.max(0, cores - 1);
}

/** Decided once per process (asking for the cores is a system call, 76 µs, and this runs several times a page). */
let pool: WorkerPool<PageJob, string> | null | undefined;

function run(job: PageJob): Promise<string> {
  if (pool === undefined) {
    const threads = pageThreads();
    pool = threads === 0 ? null : new WorkerPool<PageJob, string>(WORKER, threads);
  }
  return pool ? pool.run(job) : Promise.resolve(pageWork(job));
}

/** `typesetHtml(html)`, on the page thread. */
export const typesetPage = (html: string): Promise<string> => run({ typeset: html });

/** `qrSvg(text, options)`, on the page thread. */
export const qrCode = (text: string, options: QrOptions = {}): Promise<string> => run({ qr: text, options });
