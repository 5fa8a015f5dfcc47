/** Open Graph images, 1200×630 PNG, drawn at build time (cached by content hash in `.cache/og`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolve } from 'node:path';
import { getOgCards } from '../../lib/page-meta.ts';
import { ogPng } from '../../lib/og-image.ts';

const CACHE = resolve(process.env.OG_CACHE_DIR ?? '.cache/og');

export const getStaticPaths = (async () => [...(await getOgCards()).entries()].map(([slug, card]) => ({ params: { slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(props.card, CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
