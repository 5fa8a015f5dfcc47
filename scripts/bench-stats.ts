/**
 * Time the statistics page's computations (aggregates, chart geometry, tables, CSV) on N synthetic
 * in-memory records: `npm run bench:stats -- 10000`. Deterministic (seeded), no files written.
 */
import { buildStatsCharts, type StatsInput } from '../src/lib/charts/specs.ts';
import { toCsv } from '../src/lib/charts/table.ts';
import { loadTaxonomy } from '../src/lib/taxonomy.ts';
import type { StatsInitiative } from '../src/lib/stats.ts';
import type { Award, Level, Status } from '../src/vocabulary.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const { fields, areas } = loadTaxonomy();
const LADDER: [Level, Award][] = [['co-so', 'giay-chung-nhan'], ['cap-huyen', 'giay-khen'], ['thanh-pho', 'bang-khen'], ['sang-kien-thu-do', 'bang-sang-kien-thu-do']];
const STATES: Status[] = ['dang-ap-dung', 'nhan-rong', 'tam-dung', 'ngung-ap-dung'];

function input(n: number): StatsInput {
  const units = Array.from({ length: Math.max(20, Math.round(n / 20)) }, (_, i) => ({ id: `don-vi-${i}`, name: `Đơn vị thử nghiệm số ${i}`, area: pick(areas).id }));
  const initiatives = Array.from({ length: n }, (_, i): StatsInitiative => {
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
      recognitions: LADDER.slice(0, height).map(([level, award], k) => ({ level, award, year: Math.min(2025, year + Math.floor(k / 2)), decisionDate: `${Math.min(2025, year + Math.floor(k / 2))}-0${k + 3}-15` })),
      status: { state, verifiedAt: `2026-0${1 + Math.floor(rand() * 9)}-10`, replicatedBy: replicated },
    };
  });
  return {
    initiatives,
    units,
    fields,
    areas,
    campaigns: [{ id: 'sang-kien-sang-tao-thu-do-2021-2025', shortTitle: 'Hà Nội', area: 'toan-thanh-pho', areaKind: 'toan-thanh-pho', period: { from: 2021, to: 2025 }, targets: [] }, { id: 'long-bien-2021-2025', parent: 'sang-kien-sang-tao-thu-do-2021-2025', shortTitle: 'Long Biên', area: 'long-bien', areaKind: 'quan', period: { from: 2021, to: 2025 }, targets: [{ label: 'x', value: '3–5 sáng kiến', source: 'Kế hoạch 19/KH-HĐTĐKT', metric: 'thanh-pho-moi-nam' }] }],
    today: '2026-11-23',
  };
}

console.log('records | charts + tables (ms) | CSV (ms) | CSV bytes');
for (const n of sizes.length ? sizes : [1_000, 10_000, 50_000]) {
  const data = input(n);
  const runs: [number, number, number][] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const charts = buildStatsCharts(data);
    const t1 = performance.now();
    const bytes = charts.reduce((s, c) => s + Buffer.byteLength(toCsv(c.table)), 0);
    runs.push([t1 - t0, performance.now() - t1, bytes]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  const [charts, csv, bytes] = runs[1]!;
  console.log(`${n} | ${charts.toFixed(0)} | ${csv.toFixed(0)} | ${bytes}`);
}
