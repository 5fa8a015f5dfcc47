/** The statistics page's data, shared by the page and its CSV endpoints: content → plain records → charts. */
import { getAreas, getCampaigns, getFields, getUnits, isCityWideArea } from '../../lib/content/data.ts';
import { today } from '../../lib/text/dates.ts';
import { buildStatsCharts, type ChartSpec } from '../../lib/charts/specs.ts';
import { newestDecisionDate } from '../../lib/stats/aggregates.ts';
import { areaMap, initiativeRecords } from '../../lib/routes/page-data.ts';
import type { TileMapData } from '../../lib/charts/tile-map.ts';

let cached: Promise<{ charts: ChartSpec[]; map: TileMapData; newest: string | undefined; today: string; count: number }> | undefined;

export function statsData() {
  cached ??= (async () => {
    const [items, units, campaigns] = await Promise.all([initiativeRecords(), getUnits(), getCampaigns()]);
    const now = today();
    const charts = buildStatsCharts({
      initiatives: items,
      units: units.map((u) => ({ id: u.id, name: u.data.name, area: u.data.area })),
      fields: getFields(),
      areas: getAreas(),
      campaigns: campaigns.map((c) => ({ id: c.id, parent: c.data.parent, shortTitle: c.data.shortTitle, area: c.data.area, districtPlan: !isCityWideArea(c.data.area), period: c.data.period, targets: c.data.targets })),
      today: now,
    });
    return { charts, map: areaMap(items), newest: newestDecisionDate(items), today: now, count: items.length };
  })();
  return cached;
}
