/** Worker thread of `og-pool.ts`: draws each card it is sent into the cache folder. */
import { serveJobs } from '../threads/pool.ts';
import { drawOgCard, type OgCard } from './og-image.ts';

export interface OgJob {
  card: OgCard;
  cacheDir: string;
}

serveJobs(({ card, cacheDir }: OgJob) => drawOgCard(card, cacheDir));
