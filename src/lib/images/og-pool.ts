/**
 * Draws the preview cards that are not in the cache yet on worker threads, one per core, while the
 * build goes on: drawing costs ~25 ms of CPU per card (satori + resvg + PNG), which on one thread
 * was most of a 10,000-record build. The page that serves a card waits only for that card.
 * Cards already in the cache are not sent to the pool at all.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ogCacheFile, type OgCard } from './og-image.ts';
import type { OgDone, OgJob } from './og-worker.ts';

/** The worker's source, run by Node as TypeScript (it is not bundled, so it is found from the project root). */
const WORKER = resolve('src/lib/images/og-worker.ts');

/** Number of drawing threads: `OG_THREADS`, else one per core. */
export function ogThreads(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.OG_THREADS);
  return Number.isInteger(n) && n > 0 ? n : availableParallelism();
}

/**
 * Starts drawing every card of `cards` missing from `cacheDir`, in the given order.
 * Returns, for each key being drawn, a promise settled when its file is in the cache.
 */
export function drawMissingCards(cards: Iterable<[string, OgCard]>, cacheDir: string, threads = ogThreads()): Map<string, Promise<void>> {
  const queue: { key: string; card: OgCard; done: () => void; fail: (e: Error) => void }[] = [];
  const pending = new Map<string, Promise<void>>();
  for (const [key, card] of cards) {
    if (existsSync(ogCacheFile(card, cacheDir))) continue;
    pending.set(
      key,
      new Promise<void>((done, fail) => {
        queue.push({ key, card, done, fail });
      }),
    );
  }
  if (!queue.length) return pending;
  // A rejection nobody awaited yet must not crash the build before the page that serves it reports it.
  for (const p of pending.values()) p.catch(() => {});
  let next = 0;
  let alive = Math.min(threads, queue.length);
  /** Sends the next card to `worker` and returns its job, or stops the worker when none is left. */
  const start = (worker: Worker) => {
    const job = queue[next++];
    if (job) worker.postMessage({ card: job.card, cacheDir } satisfies OgJob);
    else void worker.terminate();
    return job;
  };
  for (let t = 0; t < alive; t++) {
    const worker = new Worker(WORKER);
    worker.unref();
    // A worker draws one card at a time, so its answer is always about the card it was sent last.
    let current = start(worker);
    worker.on('message', ({ error }: OgDone) => {
      if (error) current?.fail(new Error(`Không vẽ được ảnh xem trước ${current.key}: ${error}`));
      else current?.done();
      current = start(worker);
    });
    worker.on('error', (e) => {
      current?.fail(e);
      current = undefined;
      // With no thread left nothing would draw the rest, and their pages would wait forever: fail them too.
      if (--alive === 0) for (const job of queue.splice(next)) job.fail(e);
    });
  }
  return pending;
}
