/** The benchmark's pure parts: statistics, parsing, the scenario edits and the README tables (scripts/bench.ts). */
import { describe, expect, it } from 'vitest';
import {
  SCENARIOS,
  cellOf,
  descendants,
  editTarget,
  editTitle,
  formatSpread,
  median,
  outputOf,
  outputTable,
  parentPid,
  parseOptions,
  parseTimes,
  ratio,
  readmeTable,
  replaceBetweenMarkers,
  runRatios,
  spread,
  targetOrder,
  timesTable,
  type Cell,
  type Measure,
  type Meta,
  type Scenario,
  type SizeResult,
  type TargetResult,
} from '../../../scripts/bench.ts';

const measure = (wallS: number, cpuS = wallS, peakRssMB = 1000): Measure => ({ wallS, cpuS, userS: cpuS, sysS: 0, peakRssMB, exit: 0 });

function target(cells: Record<Scenario, Measure[]>, pages: number, files: number): TargetResult {
  const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, cellOf(cells[s])])) as Record<Scenario, Cell>;
  return { command: 'x', scenarios, output: outputOf(pages, files, 3 * 2 ** 20, 1000) };
}

const same = (m: Measure[]): Record<Scenario, Measure[]> => ({ cold: m, unchanged: m, edited: m, added: m });
const meta: Meta = {
  date: '2026-12-06',
  seed: 42,
  runs: 3,
  concurrency: 8,
  heapMB: 16384,
  machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGB: 24, kernel: '6.18', node: 'v24.21.0' },
};

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('reports min and max with the median, without reordering the input', () => {
    const xs = [5, 1, 9];
    expect(spread(xs)).toEqual({ median: 5, min: 1, max: 9 });
    expect(xs).toEqual([5, 1, 9]);
  });

  it('summarises a cell per measure and keeps the runs', () => {
    const runs = [measure(10, 12, 900), measure(14, 13, 1100), measure(11, 20, 1000)];
    const c = cellOf(runs);
    expect(c.wallS).toEqual({ median: 11, min: 10, max: 14 });
    expect(c.cpuS).toEqual({ median: 13, min: 12, max: 20 });
    expect(c.peakRssMB).toEqual({ median: 1000, min: 900, max: 1100 });
    expect(c.runs).toBe(runs);
  });
});

describe('parsing bash times and /proc', () => {
  it('reads the children line of `times`', () => {
    expect(parseTimes('0m0.003s 0m0.001s\n1m2.500s 0m3.250s\n')).toEqual({ userS: 62.5, sysS: 3.25 });
    expect(() => parseTimes('0m0.003s 0m0.001s')).toThrow();
  });

  it('reads the parent pid even when the command name has spaces and parentheses', () => {
    expect(parentPid('1234 (node (worker) x) S 77 1234 1234 0 -1')).toBe(77);
  });

  it('collects a process and all its descendants, not its siblings', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(descendants(99, parents)).toEqual([99]);
  });
});

describe('scenario edits', () => {
  const files = Array.from({ length: 300 }, (_, i) => `sk-${String(i + 1).padStart(6, '0')}-x.md`);

  it('edits a different file in each run, whatever the listing order', () => {
    const picked = [0, 1, 2, 3, 4].map((run) => editTarget(files, run));
    expect(new Set(picked).size).toBe(5);
    expect(editTarget([...files].reverse(), 2)).toBe(picked[2]);
    expect(() => editTarget([], 0)).toThrow();
  });

  it('changes only the title, keeps it valid YAML and within 220 characters', () => {
    const text = '---\ntitle: "Giải pháp \\"A\\""\nsummary: "title: x"\n---\n\nBody title: y\n';
    const edited = editTitle(text, 0);
    expect(edited).toBe('---\ntitle: "Giải pháp \\"A\\" (bản sửa 1)"\nsummary: "title: x"\n---\n\nBody title: y\n');
    expect(editTitle(text, 1)).not.toBe(edited);
    const long = `---\ntitle: ${JSON.stringify(`${'Đổi mới quy trình '.repeat(12)}cuối`.slice(0, 219))}\n---\n`;
    const title = JSON.parse(/^title: (.*)$/m.exec(editTitle(long, 2))?.[1] ?? '""') as string;
    expect(title.length).toBeLessThanOrEqual(220);
    expect(title.endsWith(' (bản sửa 3)')).toBe(true);
    expect(() => editTitle('---\nname: x\n---\n', 0)).toThrow();
  });
});

describe('formatting', () => {
  it('shows the median with the min–max spread, or the value alone for one run', () => {
    expect(formatSpread({ median: 41.3, min: 40.06, max: 43 })).toBe('41.3 s (40.1–43 s)');
    expect(formatSpread({ median: 4.6, min: 4.6, max: 4.6 })).toBe('4.6 s');
    expect(formatSpread({ median: 1536, min: 1024, max: 2048 }, (n) => `${(n / 1024).toFixed(2)} GiB`)).toBe('1.50 GiB (1.00–2.00 GiB)');
  });

  it('gives ratios of medians with one decimal, a dash when a side is missing', () => {
    expect(ratio(41.3, 4.6)).toBe('9.0×');
    expect(ratio(10, undefined)).toBe('–');
    expect(ratio(undefined, 3)).toBe('–');
    expect(ratio(1, 0)).toBe('–');
  });

  it('computes output per record', () => {
    expect(outputOf(4959, 9000, 163.4 * 2 ** 20, 1000)).toEqual({ pages: 4959, files: 9000, mb: 163.4, filesPerRecord: 9, pagesPerRecord: 5 });
  });

  const results: SizeResult[] = [
    { records: 1000, site: target(same([measure(40), measure(42), measure(50)]), 4959, 9000), baseline: target(same([measure(4), measure(5), measure(6)]), 1101, 1500) },
    { records: 10000, site: target(same([measure(300, 400, 4096)]), 49062, 90000) },
  ];

  it('writes one row per size and scenario with site, baseline and their ratios', () => {
    const rows = timesTable(results).split('\n');
    expect(rows).toHaveLength(2 + 2 * SCENARIOS.length);
    expect(rows[2]).toBe('| 1,000 | cold (no cache, no output) | 42 s (40–50 s) | 5 s (4–6 s) | **8.4×** (8.3–10.0×) | 8.4× (8.3–10.0×) | 0.98 GiB |');
    expect(rows.slice(2).map((r) => r.split(' | ')[1])).toEqual(['cold (no cache, no output)', 'no change', 'one record edited', '100 added', 'cold (no cache, no output)', 'no change', 'one record edited', '100 added']);
    // A size measured without the baseline (--only site) shows dashes, not a ratio.
    expect(rows[6]).toBe('| 10,000 | cold (no cache, no output) | 300 s | – | **–** | – | 4.00 GiB |');
  });

  it('gives the spread of the run-by-run ratios, which the ratio of medians hides', () => {
    // A baseline that got slower in runs 2 and 3 (a busy machine) makes the ratio of medians look better than any run
    // where both were measured side by side at the same speed.
    const site = cellOf([measure(92.8, 111.6), measure(86.3, 105.2), measure(98.7, 120.5)]);
    const base = cellOf([measure(27.1, 22.6), measure(38.7, 41.3), measure(37.5, 35.8)]);
    expect(ratio(site.wallS.median, base.wallS.median)).toBe('2.5×');
    expect(runRatios(site, base, 'wallS')).toBe(' (2.2–3.4×)');
    expect(runRatios(site, base, 'cpuS')).toBe(' (2.5–4.9×)');
    expect(runRatios(cellOf([measure(10)]), cellOf([measure(5)]), 'wallS')).toBe('');
    expect(runRatios(site, undefined, 'wallS')).toBe('');
    expect(runRatios(site, cellOf([measure(1), measure(2)]), 'wallS')).toBe('');
  });

  it('alternates which target builds first from run to run', () => {
    expect(targetOrder(['site', 'baseline'], 0)).toEqual(['site', 'baseline']);
    expect(targetOrder(['site', 'baseline'], 1)).toEqual(['baseline', 'site']);
    expect(targetOrder(['site'], 1)).toEqual(['site']);
  });

  it('writes the output of the cold builds per target', () => {
    expect(outputTable(results).split('\n').slice(2)).toEqual([
      '| 1,000 | site | 4,959 | 9,000 | 3 MiB | 9 | 5 |',
      '| 1,000 | baseline | 1,101 | 1,500 | 3 MiB | 1.5 | 1.1 |',
      '| 10,000 | site | 49,062 | 90,000 | 3 MiB | 90 | 49.1 |',
    ]);
  });

  it('heads the README table with the machine, date, runs and concurrency', () => {
    const first = readmeTable(results, meta).split('\n')[0] ?? '';
    for (const part of ['2026-12-06', '2 × AMD EPYC', '24 GiB', 'Linux 6.18', 'Node v24.21.0', '3 runs per cell', 'BUILD_CONCURRENCY=8', '16,384 MiB']) expect(first).toContain(part);
  });

  it('replaces only the text between the markers, and refuses a README without them', () => {
    const text = 'before\n<!-- bench:start -->\nold $& table\n<!-- bench:end -->\nafter\n';
    expect(replaceBetweenMarkers(text, 'new $1 table')).toBe('before\n<!-- bench:start -->\nnew $1 table\n<!-- bench:end -->\nafter\n');
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow(/markers/);
  });
});

describe('options', () => {
  it('defaults to 1k and 10k, 3 runs, both targets, seed 42, README on', () => {
    expect(parseOptions([])).toEqual({ sizes: [1000, 10000], runs: 3, targets: ['site', 'baseline'], seed: 42, readme: true });
  });

  it('reads every flag and adds 50k once', () => {
    expect(parseOptions(['--sizes', '300', '--with-50k', '--runs', '1', '--only', 'baseline', '--seed', '7', '--no-readme'])).toEqual({
      sizes: [300, 50000],
      runs: 1,
      targets: ['baseline'],
      seed: 7,
      readme: false,
    });
    expect(parseOptions(['--sizes', '50000', '--with-50k']).sizes).toEqual([50000]);
  });

  it('refuses bad values', () => {
    expect(() => parseOptions(['--sizes', '1k'])).toThrow(/sizes/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/runs/);
    expect(() => parseOptions(['--only', 'both'])).toThrow(/only/);
    expect(() => parseOptions(['--seed', 'x'])).toThrow(/seed/);
    expect(() => parseOptions(['--rebuild-max', '10'])).toThrow();
  });
});
