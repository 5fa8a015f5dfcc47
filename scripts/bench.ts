/**
 * `npm run bench [-- --sizes 1000,10000] [--with-50k] [--rebuild-max 10000] [--seed 42] [--no-readme]`
 *
 * For each size: generates N initiatives (scripts/generate.ts), then builds, one after the other,
 * (a) the full site with CONTENT_DIR=<generated> and (b) the bare-Astro baseline in bench/baseline/ on the
 * same files, each twice:
 *  - "cold": nothing kept from an earlier build of this content (no content store; for the site also no
 *    preview cards). This is a first deployment, or CI without a cache;
 *  - "rebuild": the same content again with everything the cold build left in its cache directory
 *    (Astro's content store, optimised images, preview cards), as a deployment that keeps its cache
 *    between builds does. Measured for sizes up to `--rebuild-max` (default 10,000: a 50k rebuild adds
 *    half an hour to the run).
 * For each build it measures wall time, user and system CPU of the whole process tree (bash `times`), peak RSS of
 * the whole process tree (sampled from /proc every 200 ms), pages and output size; prints a table, writes
 * bench/results.json and rewrites the README table between the `bench:start` / `bench:end` markers. Linux only (/proc).
 * Every build runs with the same V8 heap limit (HEAP_MB, so that a 50k build is not cut off at V8's default of
 * about 4 GB); the limit is a ceiling, not a reservation, and is the same for the site and the baseline.
 * Do not build in the same checkout while it runs: Astro writes generated modules into `.astro/` of the
 * project root, and a concurrent build there swaps them under the benchmark (seen as LocalImageUsedWrongly).
 */
import { spawn } from 'node:child_process';
import { cpus, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp/bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 4096);
/** V8 heap ceiling for every build, site and baseline alike. */
const HEAP_MB = 16_384;

export interface Measure {
  wallS: number;
  userS: number;
  sysS: number;
  peakRssMB: number;
  pages: number;
  outMB: number;
  exit: number;
}

/** Pids of `root` and all its descendants, from /proc. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
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

function walk(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (!s.isFile()) continue;
    bytes += s.size;
    if (name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

const seconds = (s: string) => {
  const m = /(\d+)m([\d.]+)s/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** Runs `node astro build` under bash (for `times`), sampling the tree's RSS. */
export async function measureBuild(args: string[], env: Record<string, string>, outDir: string, logFile: string, { keepStore = false } = {}): Promise<Measure> {
  rmSync(outDir, { recursive: true, force: true });
  // A cold build reads its content from scratch (as CI without a cache does): drop the content store,
  // keep the image cache. A rebuild keeps the store the previous build of the same content left.
  if (env.ASTRO_CACHE_DIR && !keepStore) rmSync(join(env.ASTRO_CACHE_DIR, 'data-store.json'), { force: true });
  const timesFile = `${logFile}.times`;
  const started = performance.now();
  const child = spawn('bash', ['-c', '"$@" > "$LOGFILE" 2>&1; rc=$?; times > "$TIMESFILE"; exit $rc', 'bench', process.execPath, ASTRO, 'build', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`, ...env, OUT_DIR: outDir, LOGFILE: logFile, TIMESFILE: timesFile, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, rssBytes(tree(child.pid)));
  }, 200);
  const exit: number = await new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - started) / 1000;
  const times = readFileSync(timesFile, 'utf8').trim().split('\n')[1] ?? '';
  const [user = '', sys = ''] = times.split(/\s+/);
  const { pages, bytes } = existsSync(outDir) ? walk(outDir) : { pages: 0, bytes: 0 };
  return { wallS: round(wallS), userS: round(seconds(user)), sysS: round(seconds(sys)), peakRssMB: Math.round(peak / 2 ** 20), pages, outMB: round(bytes / 2 ** 20), exit };
}

const round = (n: number) => Math.round(n * 10) / 10;

function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
  };
}

interface Result {
  records: number;
  site: Measure;
  baseline: Measure;
  /** Absent for sizes above `--rebuild-max`. */
  rebuild?: Measure | undefined;
  baselineRebuild?: Measure | undefined;
  ratioWall: number;
  ratioUser: number;
  rebuildRatioWall?: number;
  rebuildRatioUser?: number;
}

function readmeTable(results: Result[], m: ReturnType<typeof machine>, date: string): string {
  const gb = (mb: number) => (mb / 1024).toFixed(2);
  const lines = [
    `Measured ${date} by \`npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Linux ${m.kernel}, Node ${m.node} (shared machine: wall times are noisy, compare user CPU too).`,
    '',
    '| records | build | wall | user CPU | peak RSS (process tree) | pages | output | site / baseline (wall, user CPU) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const row = (records: number, label: string, x: Measure, ratio = '') =>
    lines.push(`| ${records.toLocaleString('en')} | ${label} | ${x.wallS} s | ${x.userS} s | ${gb(x.peakRssMB)} GB | ${x.pages} | ${x.outMB} MB | ${ratio} |`);
  for (const r of results) {
    row(r.records, 'full site, cold (every preview card drawn)', r.site, `**${r.ratioWall}×**, ${r.ratioUser}×`);
    row(r.records, 'bare Astro baseline, cold', r.baseline);
    if (r.rebuild && r.baselineRebuild) {
      row(r.records, 'full site, rebuild (caches kept)', r.rebuild, `**${r.rebuildRatioWall}×**, ${r.rebuildRatioUser}×`);
      row(r.records, 'bare Astro baseline, rebuild (content store kept)', r.baselineRebuild);
    }
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'with-50k': { type: 'boolean', default: false },
      'rebuild-max': { type: 'string', default: '10000' },
      seed: { type: 'string', default: '42' },
      'no-readme': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (values['with-50k'] && !sizes.includes(50_000)) sizes.push(50_000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad --sizes ${values.sizes}`);
  const rebuildMax = Number(values['rebuild-max']);
  const seed = Number(values.seed);
  mkdirSync(WORK, { recursive: true });
  const cache = join(WORK, 'astro-cache');
  const baselineCache = join(WORK, 'baseline-cache');
  const common = { SITE_TODAY: '2026-11-23', ASTRO_CACHE_DIR: cache };

  // Warm-up (not reported): fills the image cache for the shared image pool, so that every size
  // measures building pages rather than encoding the same dozen images once.
  const warm = join(WORK, 'content-warmup');
  generate({ count: 50, seed, out: warm });
  const w = await measureBuild([], { ...common, CONTENT_DIR: warm }, join(WORK, 'site-warmup'), join(WORK, 'warmup.log'));
  if (w.exit !== 0) throw new Error(`Warm-up build failed; see ${join(WORK, 'warmup.log')}`);

  const results: Result[] = [];
  for (const records of sizes) {
    const content = join(WORK, `content-${records}`);
    generate({ count: records, seed, out: content });
    console.log(`\n${records} records → ${content}`);
    const measure = async (label: string, site: boolean, keepStore: boolean) => {
      const env = site ? { ...common, CONTENT_DIR: content } : { CONTENT_DIR: content, ASTRO_CACHE_DIR: baselineCache };
      const name = `${label}-${records}`;
      const m = await measureBuild(site ? [] : ['--root', 'bench/baseline'], env, join(WORK, name), join(WORK, `${name}.log`), { keepStore });
      console.log(`  ${label}: ${JSON.stringify(m)}`);
      if (m.exit !== 0) throw new Error(`Build ${name} failed; see ${join(WORK, `${name}.log`)}`);
      rmSync(join(WORK, name), { recursive: true, force: true });
      return m;
    };
    rmSync(join(WORK, 'og'), { recursive: true, force: true }); // the preview-card cache (see ogCacheDir)
    const site = await measure('site', true, false);
    const rebuild = records <= rebuildMax ? await measure('rebuild', true, true) : undefined;
    const baseline = await measure('baseline', false, false);
    const baselineRebuild = records <= rebuildMax ? await measure('baseline-rebuild', false, true) : undefined;
    results.push({
      records, site, baseline, rebuild, baselineRebuild,
      ratioWall: round(site.wallS / baseline.wallS), ratioUser: round(site.userS / baseline.userS),
      ...(rebuild && baselineRebuild
        ? { rebuildRatioWall: round(rebuild.wallS / baselineRebuild.wallS), rebuildRatioUser: round(rebuild.userS / baselineRebuild.userS) }
        : {}),
    });
    report(results, seed, !values['no-readme']);
  }
}

/** Writes bench/results.json and the README table; called after every size, so a run that fails at 50k keeps the smaller sizes. */
function report(results: Result[], seed: number, updateReadme: boolean) {
  const m = machine();
  const date = new Date().toISOString().slice(0, 10);
  const table = readmeTable(results, m, date);
  console.log(`\n${table}`);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date, seed, machine: m, results }, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
  if (updateReadme) {
    const readme = join(ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const re = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
    if (!re.test(text)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
    writeFileSync(readme, text.replace(re, () => `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
    console.log('Updated the performance table in README.md');
  }
}

if (import.meta.main) await main();
