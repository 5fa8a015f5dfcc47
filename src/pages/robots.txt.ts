/** robots.txt: everything may be crawled; the sitemap lists the indexable pages (no tombstones, no embargoed records). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes/site.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
