/** Worker thread of `og-pool.ts`: draws the cards it is sent into the cache folder, one at a time. */
import { parentPort } from 'node:worker_threads';
import { drawOgCard, type OgCard } from './og-image.ts';

export interface OgJob {
  card: OgCard;
  cacheDir: string;
}
export interface OgDone {
  error?: string;
}

const port = parentPort;
if (!port) throw new Error('og-worker.ts runs only as a worker thread (see og-pool.ts).');
port.on('message', async ({ card, cacheDir }: OgJob) => {
  try {
    await drawOgCard(card, cacheDir);
    port.postMessage({} satisfies OgDone);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies OgDone);
  }
});
