/**
 * Time the statistics page's computations (aggregates, chart geometry, tables, CSV) and the yearly reviews' (every
 * review of two campaigns: figures, charts and tile map of each of the 2 × 6 pages) on N synthetic in-memory records:
 * `npm run bench:stats -- 10000`. Deterministic (seeded), no files written.
 */
import { buildStatsCharts, type StatsInput } from '../src/lib/charts/specs.ts';
import { chartCsv } from '../src/lib/charts/table.ts';
import { loadTaxonomy } from '../src/lib/content/taxonomy.ts';
import { buildReview, countByArea, type ReviewCampaign, type ReviewInitiative } from '../src/lib/stats/review.ts';
import { tileMapData } from '../src/lib/charts/tile-map.ts';
import type { Award, Level, Status } from '../src/vocabulary.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const { fields, areas } = loadTaxonomy();
const LADDER: [Level, Award][] = [['co-so', 'giay-chung-nhan'], ['cap-huyen', 'giay-khen'], ['thanh-pho', 'bang-khen'], ['sang-kien-thu-do', 'bang-sang-kien-thu-do']];
const STATES: Status[] = ['dang-ap-dung', 'nhan-rong', 'tam-dung', 'ngung-ap-dung'];

function input(n: number): StatsInput & { initiatives: ReviewInitiative[] } {
  const units = Array.from({ length: Math.max(20, Math.round(n / 20)) }, (_, i) => ({ id: `don-vi-${i}`, name: `Đơn vị thử nghiệm số ${i}`, area: pick(areas).id }));
  const initiatives = Array.from({ length: n }, (_, i): ReviewInitiative => {
    const year = 2021 + Math.floor(rand() * 5);
    const height = 1 + Math.floor(rand() * rand() * 4);
    const state = pick(STATES);
    const replicated = state === 'nhan-rong' ? Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pick(units).id) : [];
    return {
      id: `sang-kien-${i}`,
      title: `Sáng kiến thử nghiệm số ${i} về cải tiến quy trình làm việc tại đơn vị`,
      field: pick(fields).id,
      area: pick(areas).id,
      holder: rand() < 0.6 ? 'ca-nhan' : 'tap-the',
      campaign: rand() < 0.3 ? 'long-bien-2021-2025' : 'sang-kien-sang-tao-thu-do-2021-2025',
      unit: pick(units).id,
      unitNameAtRecognition: 'Đơn vị thử nghiệm',
      demo: true,
      recognitions: LADDER.slice(0, height).map(([level, award], k) => ({
        level,
        award,
        year: Math.min(2025, year + Math.floor(k / 2)),
        decisionNumber: `${i}/QĐ-UBND`,
        decisionDate: `${Math.min(2025, year + Math.floor(k / 2))}-0${k + 3}-15`,
        issuer: 'UBND',
      })),
      status: { state, verifiedAt: `2026-0${1 + Math.floor(rand() * 9)}-10`, replicatedBy: replicated },
    };
  });
  return {
    initiatives,
    units,
    fields,
    areas,
    campaigns: [{ id: 'sang-kien-sang-tao-thu-do-2021-2025', shortTitle: 'Hà Nội', area: 'toan-thanh-pho', districtPlan: false, period: { from: 2021, to: 2025 }, targets: [] }, { id: 'long-bien-2021-2025', parent: 'sang-kien-sang-tao-thu-do-2021-2025', shortTitle: 'Long Biên', area: 'long-bien', districtPlan: true, period: { from: 2021, to: 2025 }, targets: [{ label: 'x', value: '3–5 sáng kiến', source: 'Kế hoạch 19/KH-HĐTĐKT', metric: 'thanh-pho-moi-nam' }] }],
    today: '2026-11-23',
  };
}

/** Every review page's computation: figures, the /so-lieu/ charts of its scope and its tile map. */
function reviews(data: ReturnType<typeof input>): number {
  const family = data.campaigns.map((c) => ({ id: c.id, parent: c.parent }));
  const units = data.units.map((u) => ({ ...u, demo: true, modelRecognitions: [] }));
  let pages = 0;
  for (const c of data.campaigns) {
    const campaign: ReviewCampaign = { id: c.id, parent: c.parent, area: c.area, cityWide: !c.districtPlan, period: c.period, targets: c.targets };
    for (const year of [undefined, 2021, 2022, 2023, 2024, 2025]) {
      const { items } = buildReview({ campaign, campaigns: family, initiatives: data.initiatives, units, asOf: data.today }, year);
      buildStatsCharts({ ...data, initiatives: items, campaigns: [] });
      tileMapData(areas, countByArea(items));
      pages++;
    }
  }
  return pages;
}

console.log('records | charts + tables (ms) | CSV (ms) | CSV bytes | 12 reviews (ms)');
for (const n of sizes.length ? sizes : [1_000, 10_000, 50_000]) {
  const data = input(n);
  const runs: [number, number, number, number][] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const charts = buildStatsCharts(data);
    const t1 = performance.now();
    const bytes = charts.reduce((s, c) => s + Buffer.byteLength(chartCsv(c.table)), 0);
    const t2 = performance.now();
    reviews(data);
    runs.push([t1 - t0, t2 - t1, bytes, performance.now() - t2]);
  }
  const median = (k: 0 | 1 | 3) => runs.map((x) => x[k]).sort((a, b) => a - b)[1]!;
  console.log(`${n} | ${median(0).toFixed(0)} | ${median(1).toFixed(0)} | ${runs[0]![2]} | ${median(3).toFixed(0)}`);
}
