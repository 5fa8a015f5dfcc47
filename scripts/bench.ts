/**
 * `npm run bench [-- --sizes 1000,10000] [--with-50k] [--runs 3] [--only site|baseline] [--seed 42] [--no-readme]`
 *
 * Compares the full site with a baseline on the same generated content, under the same conditions.
 *
 * What is built:
 *  - site: the `build` script of package.json (what `npm run build` runs), by bash in the repository root with
 *    node_modules/.bin on PATH as npm puts it, but without npm's own start-up, which the baseline does not have;
 *  - baseline: `node bench/baseline/build.mjs`, a bare Astro project (one minimal page per initiative and unit,
 *    `data-pagefind-body` on its content) built by `astro build` and then indexed by Pagefind's Node API, with
 *    Astro's incremental builds on (pages keyed by their entry's digest are skipped when unchanged).
 * Both get the same environment: CONTENT_DIR, OUT_DIR, a cache root of their own (ASTRO_CACHE_DIR=<root>/astro,
 * which holds Astro's content store, optimised images and incremental-build copies; for the site also
 * OG_CACHE_DIR=<root>/og for preview cards and SEARCH_CACHE_DIR=<root>/search), SITE_TODAY, the same
 * BUILD_CONCURRENCY (Astro's `build.concurrency`, default 8) and the same V8 heap ceiling (NODE_OPTIONS
 * --max-old-space-size=HEAP_MB; a ceiling, not a reservation, so that 50k is not cut off at V8's default).
 *
 * Scenarios, for each size, target and run, in this order, on a fresh copy of the generated content
 * (`scripts/generate.ts`, N initiatives, N/10 units, seed 42):
 *  1. cold: the output folder and the whole cache root deleted first: every cache is empty (content store,
 *     images, preview cards, search, incremental copies), as a first deployment or CI without a cache;
 *  2. no change: the same content again, caches and output kept;
 *  3. one record edited: the `title:` of one generated initiative changed (a different one in each run);
 *  4. 100 added: 100 new initiatives appended (`appendInitiatives`, as an import), caches and output kept.
 * Each scenario is built by both targets one right after the other (each with its own copy of the content), the
 * first target alternating from run to run, so that a slow spell on the shared machine hits both sides of a ratio.
 *
 * What is measured, per build: wall time; CPU time (user + system) of the whole process tree, from bash's
 * `times` (children waited for, including Pagefind's binary); peak RSS of the process tree, the sum of the RSS
 * of the build's processes sampled from /proc every 200 ms (shared pages count once per process). Each cell
 * reports the median of the runs and their spread (min–max); a ratio is the ratio of the medians, with the spread of
 * the ratios run by run (site against the baseline built beside it). After each cold build, its output: HTML pages,
 * files, MiB, and files and pages per initiative record.
 *
 * Results go to bench/results.json and to README.md between the `bench:start` / `bench:end` markers after every
 * size, so a run that fails at 50k keeps the smaller sizes. Linux only (/proc, bash). Do not build in this
 * checkout while it runs: Astro writes generated modules into `.astro/` of the project root, and a concurrent
 * build there swaps them under the benchmark (seen as LocalImageUsedWrongly).
 */
import { spawn } from 'node:child_process';
import { cpus, release, totalmem } from 'node:os';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appendInitiatives, generate } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp/bench');
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 4096);
/** V8 heap ceiling for every build, site and baseline alike. */
export const HEAP_MB = 16_384;
const SITE_TODAY = '2026-11-23';
/** Records an import adds in the fourth scenario. */
const ADDED = 100;

export const SCENARIOS = ['cold', 'unchanged', 'edited', 'added'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export const SCENARIO_LABELS: Record<Scenario, string> = {
  cold: 'cold (no cache, no output)',
  unchanged: 'no change',
  edited: 'one record edited',
  added: `${ADDED} added`,
};
export const TARGETS = ['site', 'baseline'] as const;
export type Target = (typeof TARGETS)[number];

export interface Output {
  pages: number;
  files: number;
  mb: number;
  filesPerRecord: number;
  pagesPerRecord: number;
}

export interface Measure {
  wallS: number;
  /** user + system. */
  cpuS: number;
  userS: number;
  sysS: number;
  peakRssMB: number;
  exit: number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface Cell {
  wallS: Spread;
  cpuS: Spread;
  peakRssMB: Spread;
  runs: Measure[];
}

export interface TargetResult {
  command: string;
  scenarios: Record<Scenario, Cell>;
  /** Of the first run's cold build (the output is the same in every run). */
  output: Output;
}

export interface SizeResult {
  records: number;
  site?: TargetResult;
  baseline?: TargetResult;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  kernel: string;
  node: string;
}

export interface Meta {
  date: string;
  seed: number;
  runs: number;
  concurrency: number;
  heapMB: number;
  machine: Machine;
}

export interface Options {
  sizes: number[];
  runs: number;
  targets: Target[];
  seed: number;
  readme: boolean;
}

// ---------------------------------------------------------------- pure helpers

export const round1 = (n: number) => Math.round(n * 10) / 10;

export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

export function cellOf(runs: Measure[]): Cell {
  return {
    wallS: spread(runs.map((r) => r.wallS)),
    cpuS: spread(runs.map((r) => r.cpuS)),
    peakRssMB: spread(runs.map((r) => r.peakRssMB)),
    runs,
  };
}

/** Seconds of one `times` figure: `1m2.345s` → 62.345. */
export function seconds(s: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(s.trim());
  if (!m) throw new Error(`Not a bash time: "${s}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** User and system CPU of the children, from bash's `times` (second line: children). */
export function parseTimes(text: string): { userS: number; sysS: number } {
  const children = text.trim().split('\n')[1];
  if (!children) throw new Error(`Unexpected output of times: "${text}"`);
  const [user = '', sys = ''] = children.trim().split(/\s+/);
  return { userS: seconds(user), sysS: seconds(sys) };
}

/** Parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentPid(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** `root` and all its descendants, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Which generated initiative the `run`-th edit changes: a different one for each run (while runs < files). */
export function editTarget(files: readonly string[], run: number): string {
  if (!files.length) throw new Error('No initiative to edit');
  const sorted = [...files].sort();
  // A step coprime with most sizes spreads the edits over the collection.
  return sorted[(17 + run * 101) % sorted.length] as string;
}

/** The file's text with its `title:` changed (kept within the 220-character limit, still valid). */
export function editTitle(text: string, run: number): string {
  const re = /^title: (".*")$/m;
  const m = re.exec(text);
  if (!m) throw new Error('No title: line');
  const title = JSON.parse(m[1] as string) as string;
  const suffix = ` (bản sửa ${run + 1})`;
  const head = title.length + suffix.length <= 220 ? title : title.slice(0, title.lastIndexOf(' ', 220 - suffix.length));
  return text.replace(re, () => `title: ${JSON.stringify(`${head}${suffix}`)}`);
}

export function outputOf(pages: number, files: number, bytes: number, records: number): Output {
  return { pages, files, mb: round1(bytes / 2 ** 20), filesPerRecord: round1(files / records), pagesPerRecord: round1(pages / records) };
}

const int = (n: number) => n.toLocaleString('en');
const secs = (n: number) => `${round1(n)} s`;
/** Memory is measured in binary units (`2 ** 20` bytes per MiB), so it is labelled GiB and MiB, as in the 50k diary. */
const gib = (mib: number) => (mib / 1024).toFixed(2);

/** `41.3 s (40.1–43.0)`; a single run shows no spread. */
export function formatSpread(s: Spread, format: (n: number) => string = secs): string {
  return s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min).replace(/ .*/, '')}–${format(s.max)})`;
}

/** Ratio of medians, `9.0×`; `–` when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(1)}×`;
}

/**
 * The spread of the ratios run by run (each site build against the baseline built beside it), ` (2.2–3.4×)`;
 * empty for a single run or a missing side. Shows when the machine, not the code, moved a ratio of medians.
 */
export function runRatios(site: Cell | undefined, base: Cell | undefined, key: 'wallS' | 'cpuS'): string {
  if (!site || !base || site.runs.length < 2 || site.runs.length !== base.runs.length) return '';
  const ratios = site.runs.map((r, i) => r[key] / base.runs[i]![key]).filter(Number.isFinite);
  if (ratios.length !== site.runs.length) return '';
  return ` (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×)`;
}

export function machineLine(meta: Meta): string {
  const m = meta.machine;
  return (
    `Measured ${meta.date} by \`npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GiB, Linux ${m.kernel}, Node ${m.node}; ` +
    `${meta.runs} run${meta.runs === 1 ? '' : 's'} per cell (median, min–max in brackets; for ratios, the spread of the run-by-run ratios), BUILD_CONCURRENCY=${meta.concurrency} and a ` +
    `${int(meta.heapMB)} MiB heap ceiling for both. CPU = user + system of the whole process tree; RSS = peak of the process tree. ` +
    'Shared machine: wall times are noisy, compare CPU too.'
  );
}

export function timesTable(results: readonly SizeResult[]): string {
  const lines = [
    '| records | scenario | site wall | baseline wall | site / baseline wall | site / baseline CPU | site peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    for (const s of SCENARIOS) {
      const site = r.site?.scenarios[s];
      const base = r.baseline?.scenarios[s];
      lines.push(
        `| ${int(r.records)} | ${SCENARIO_LABELS[s]} | ${site ? formatSpread(site.wallS) : '–'} | ${base ? formatSpread(base.wallS) : '–'} | ` +
          `**${ratio(site?.wallS.median, base?.wallS.median)}**${runRatios(site, base, 'wallS')} | ${ratio(site?.cpuS.median, base?.cpuS.median)}${runRatios(site, base, 'cpuS')} | ` +
          `${site ? `${formatSpread(site.peakRssMB, (n) => `${gib(n)} GiB`)}` : '–'} |`,
      );
    }
  }
  return lines.join('\n');
}

export function outputTable(results: readonly SizeResult[]): string {
  const lines = ['| records | build | HTML pages | files | output | files / record | pages / record |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of results) {
    for (const t of TARGETS) {
      const o = r[t]?.output;
      if (o) lines.push(`| ${int(r.records)} | ${t} | ${int(o.pages)} | ${int(o.files)} | ${o.mb} MiB | ${o.filesPerRecord} | ${o.pagesPerRecord} |`);
    }
  }
  return lines.join('\n');
}

export function readmeTable(results: readonly SizeResult[], meta: Meta): string {
  return [machineLine(meta), '', timesTable(results), '', 'Output of the cold builds (per record: per generated initiative):', '', outputTable(results)].join('\n');
}

/** `text` with the part between the bench markers replaced by `table`. */
export function replaceBetweenMarkers(text: string, table: string): string {
  const re = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  if (!re.test(text)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
  return text.replace(re, () => `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
}

export function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'with-50k': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'no-readme': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (values['with-50k'] && !sizes.includes(50_000)) sizes.push(50_000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad --sizes ${values.sizes}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Bad --runs ${values.runs}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`Bad --seed ${values.seed}`);
  if (values.only !== undefined && !(TARGETS as readonly string[]).includes(values.only)) throw new Error(`Bad --only ${values.only} (site or baseline)`);
  const targets = values.only ? [values.only as Target] : [...TARGETS];
  return { sizes, runs, targets, seed, readme: !values['no-readme'] };
}

// ---------------------------------------------------------------- measuring

function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parents.set(Number(name), parentPid(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // the process ended while we looked
    }
  }
  return descendants(root, parents);
}

function rssBytes(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // ended
    }
  }
  return total;
}

function walk(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (!s.isFile()) continue;
    files++;
    bytes += s.size;
    if (name.endsWith('.html')) pages++;
  }
  return { pages, files, bytes };
}

/** Runs `command` under bash in the repository root (bash's `times` gives the tree's CPU), sampling the tree's RSS. */
export async function measureBuild(command: string, env: Record<string, string>, logFile: string): Promise<Measure> {
  const timesFile = `${logFile}.times`;
  rmSync(timesFile, { force: true });
  const started = performance.now();
  const child = spawn('bash', ['-c', `{ ${command}\n} > "$BENCH_LOG" 2>&1; rc=$?; times > "$BENCH_TIMES"; exit $rc`], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_LOG: logFile, BENCH_TIMES: timesFile },
    stdio: 'ignore',
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, rssBytes(processTree(child.pid)));
  }, 200);
  const exit: number = await new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - started) / 1000;
  const { userS, sysS } = existsSync(timesFile) ? parseTimes(readFileSync(timesFile, 'utf8')) : { userS: NaN, sysS: NaN };
  return { wallS: round1(wallS), cpuS: round1(userS + sysS), userS: round1(userS), sysS: round1(sysS), peakRssMB: Math.round(peak / 2 ** 20), exit };
}

function machine(): Machine {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version };
}

function commandOf(target: Target): string {
  if (target === 'baseline') return 'node bench/baseline/build.mjs';
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  if (!scripts?.build) throw new Error('package.json has no build script');
  return scripts.build;
}

/** Environment of every build of `target`: everything it writes lives under WORK/<target>-{out,cache}. */
function envOf(target: Target, content: string, concurrency: number): { env: Record<string, string>; out: string; cacheRoot: string } {
  const out = join(WORK, `${target}-out`);
  const cacheRoot = join(WORK, `${target}-cache`);
  const env: Record<string, string> = {
    // The same node for every step (`node`, and the `#!/usr/bin/env node` of node_modules/.bin), then the project's bins.
    PATH: [dirname(process.execPath), join(ROOT, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter),
    NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: content,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: join(cacheRoot, 'astro'),
    OG_CACHE_DIR: join(cacheRoot, 'og'),
    SEARCH_CACHE_DIR: join(cacheRoot, 'search'),
    SITE_TODAY,
    BUILD_CONCURRENCY: String(concurrency),
  };
  return { env, out, cacheRoot };
}

/** One run of one target: its own fresh copy of the content, output and caches; `step` builds the next scenario. */
function startRun(target: Target, records: number, pristine: string, run: number, opts: Options, concurrency: number) {
  const content = join(WORK, `content-${target}`);
  rmSync(content, { recursive: true, force: true });
  cpSync(pristine, content, { recursive: true });
  const { env, out, cacheRoot } = envOf(target, content, concurrency);
  const command = commandOf(target);
  const measures = {} as Record<Scenario, Measure>;
  let output: Output | undefined;
  const step = async (scenario: Scenario) => {
    if (scenario === 'cold') {
      rmSync(out, { recursive: true, force: true });
      rmSync(cacheRoot, { recursive: true, force: true });
    } else if (scenario === 'edited') {
      const dir = join(content, 'initiatives');
      const file = join(dir, editTarget(readdirSync(dir), run));
      writeFileSync(file, editTitle(readFileSync(file, 'utf8'), run));
    } else if (scenario === 'added') {
      appendInitiatives({ out: content, count: ADDED, seed: opts.seed + run });
    }
    const log = join(WORK, 'logs', `${target}-${records}-run${run + 1}-${scenario}.log`);
    const m = await measureBuild(command, env, log);
    console.log(`  ${target} run ${run + 1}/${opts.runs} ${SCENARIO_LABELS[scenario]}: ${m.wallS} s wall, ${m.cpuS} s CPU, ${m.peakRssMB} MiB peak RSS`);
    if (m.exit !== 0) throw new Error(`${target} build failed (${scenario}, ${records} records, run ${run + 1}, exit ${m.exit}); see ${log}`);
    if (scenario === 'cold') {
      const w = walk(out);
      output = outputOf(w.pages, w.files, w.bytes, records);
    }
    measures[scenario] = m;
  };
  return { step, result: () => ({ measures, output: output as Output }), cleanUp: () => rmSync(content, { recursive: true, force: true }) };
}

/** The order of the targets in run `run`: alternating which goes first, so that neither always builds on a warmer disk. */
export function targetOrder<T>(targets: readonly T[], run: number): T[] {
  return run % 2 === 0 ? [...targets] : [...targets].reverse();
}

async function benchSize(records: number, opts: Options, concurrency: number): Promise<SizeResult> {
  const pristine = join(WORK, `content-${records}`);
  generate({ count: records, seed: opts.seed, out: pristine });
  console.log(`\n${int(records)} records → ${pristine}`);
  const runs = Object.fromEntries(opts.targets.map((t) => [t, { measures: [] as Record<Scenario, Measure>[], output: undefined as Output | undefined }]));
  // Scenario by scenario, the targets one right after the other: the shared machine's speed drifts by minutes
  // (a baseline cold build took 27 s in one run and 39 s in the next), so each site build has its baseline beside it.
  for (let run = 0; run < opts.runs; run++) {
    const order = targetOrder(opts.targets, run);
    const started = order.map((target) => ({ target, ...startRun(target, records, pristine, run, opts, concurrency) }));
    for (const scenario of SCENARIOS) for (const t of started) await t.step(scenario);
    for (const t of started) {
      const r = t.result();
      const acc = runs[t.target] as (typeof runs)[string];
      acc.measures.push(r.measures);
      acc.output ??= r.output;
      t.cleanUp();
    }
  }
  const result: SizeResult = { records };
  for (const target of opts.targets) {
    const acc = runs[target] as (typeof runs)[string];
    const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, cellOf(acc.measures.map((m) => m[s]))])) as Record<Scenario, Cell>;
    result[target] = { command: commandOf(target), scenarios, output: acc.output as Output };
    rmSync(join(WORK, `${target}-out`), { recursive: true, force: true });
  }
  return result;
}

/** Writes bench/results.json and the README table; called after every size, so a run that fails at 50k keeps the smaller sizes. */
function report(results: SizeResult[], meta: Meta, updateReadme: boolean) {
  const table = readmeTable(results, meta);
  console.log(`\n${table}`);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
  if (updateReadme) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceBetweenMarkers(readFileSync(readme, 'utf8'), table));
    console.log('Updated the performance table in README.md');
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const concurrency = Number(process.env.BUILD_CONCURRENCY ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`Bad BUILD_CONCURRENCY ${process.env.BUILD_CONCURRENCY}`);
  mkdirSync(join(WORK, 'logs'), { recursive: true });
  const meta: Meta = { date: new Date().toISOString().slice(0, 10), seed: opts.seed, runs: opts.runs, concurrency, heapMB: HEAP_MB, machine: machine() };
  console.log(`Targets: ${opts.targets.map((t) => `${t} = \`${commandOf(t)}\``).join(', ')}; BUILD_CONCURRENCY=${concurrency}, ${opts.runs} run(s)`);
  const results: SizeResult[] = [];
  for (const records of opts.sizes) {
    results.push(await benchSize(records, opts, concurrency));
    report(results, meta, opts.readme);
  }
}

if (import.meta.main) await main();
