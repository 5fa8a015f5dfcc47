/**
 * The search index's input: one record per searchable page (published initiatives, units, campaigns,
 * exhibitions), built from the data on every build, restored pages included. `scripts/build.ts` hands it to
 * Pagefind after Astro has finished (`lib/search-index.ts`), which replaces `pagefind/` and this file with it.
 */
import type { APIRoute } from 'astro';
import { getCampaigns, getExhibitions, getInitiatives, getTaxonomy, getUnits } from '../../lib/content.ts';
import { campaignRecord, exhibitionRecord, indexRecord, initiativeRecord, unitRecord, type IndexRecord } from '../../lib/search-records.ts';
import { paths } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const areas = getTaxonomy().areaVocabulary;
  const records: IndexRecord[] = [
    ...(await getInitiatives()).map((i) => indexRecord(paths.initiative(i.id), initiativeRecord(i), i.entry.rendered?.html)),
    ...(await getUnits()).map((u) => indexRecord(paths.unit(u.id), unitRecord(u, areas.get(u.data.area)), u.rendered?.html)),
    ...(await getCampaigns()).map((c) => indexRecord(paths.campaign(c.id), campaignRecord(c), c.rendered?.html ?? c.body)),
    ...(await getExhibitions()).map((e) => indexRecord(paths.exhibition(e.id), exhibitionRecord(e), e.body)),
  ].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
