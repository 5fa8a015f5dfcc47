/**
 * The search index's input: one record per searchable page (published initiatives, units, campaigns,
 * exhibitions), built from the data on every build, restored pages included (`lib/routes/page-data.ts`
 * `searchRecords`). `scripts/build.ts` hands it to Pagefind after Astro has finished (`lib/search/pagefind-index.ts`),
 * which replaces `pagefind/`, this file included, with the index.
 */
import type { APIRoute } from 'astro';
import { searchRecords } from '../../lib/routes/page-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchRecords()), { headers: { 'Content-Type': 'application/json' } });
