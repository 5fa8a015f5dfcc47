/** Open Graph images, 1200×630 PNG, drawn at build time on worker threads (cached by content hash, see og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCacheDir } from '../../lib/config.ts';
import { getOgCards } from '../../lib/sharing/page-meta.ts';
import { ogPng } from '../../lib/images/og-image.ts';
import { drawMissingCards } from '../../lib/images/og-pool.ts';
import { cacheKey } from '../../lib/routes/cache-keys.ts';

const CACHE = ogCacheDir();
let drawing: Map<string, Promise<void>> | undefined;

export const getStaticPaths = (async () => {
  const cards = await getOgCards();
  drawing ??= drawMissingCards(cards, CACHE);
  return [...cards.entries()].map(([slug, card]) => ({ params: { slug }, props: { slug, card }, cacheKey: cacheKey(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  await drawing?.get(props.slug); // then the card is in the cache, and ogPng only reads it
  const png = await ogPng(props.card, CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
