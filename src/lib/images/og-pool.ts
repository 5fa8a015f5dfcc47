/**
 * Draws the preview cards that are not in the cache yet on worker threads, one per core, while the
 * build goes on: drawing costs ~25 ms of CPU per card (satori + resvg + PNG), which on one thread
 * was most of a 10,000-record build. The page that serves a card waits only for that card.
 * Cards already in the cache are not sent to the pool at all.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { WorkerPool } from '../threads/pool.ts';
import { ogCacheFile, type OgCard } from './og-image.ts';
import type { OgJob } from './og-worker.ts';

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
  const missing = [...cards].filter(([, card]) => !existsSync(ogCacheFile(card, cacheDir)));
  const pending = new Map<string, Promise<void>>();
  if (!missing.length) return pending;
  const pool = new WorkerPool<OgJob, void>(WORKER, Math.min(threads, missing.length));
  for (const [key, card] of missing) {
    const drawn = pool.run({ card, cacheDir }).catch((e: Error) => {
      throw new Error(`Không vẽ được ảnh xem trước ${key}: ${e.message}`);
    });
    // A rejection nobody awaited yet must not crash the build before the page that serves it reports it.
    drawn.catch(() => {});
    pending.set(key, drawn);
  }
  // The drawing threads hold fonts and image buffers: stop them once every card is drawn.
  void Promise.allSettled(pending.values()).then(() => pool.close());
  return pending;
}
