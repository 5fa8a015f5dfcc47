/**
 * Builds the site (`scripts/build.ts`, as `npm run build`) from a content folder into given output and cache
 * folders, one build at a time across test files (`exclusive`): builds of one checkout share the project's
 * `.astro/` folder, where Astro writes the modules that list each build's content images, and two builds of
 * different content at once were seen to swap them (a determinism test then finds other image files).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = join(ROOT, 'test/.out/build.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Run `fn` while holding the checkout's build lock (a file created exclusively; a dead holder's lock is taken over). */
export function exclusive<T>(fn: () => T): T {
  mkdirSync(join(ROOT, 'test/.out'), { recursive: true });
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const holder = Number(readFileSync(LOCK, { encoding: 'utf8', flag: 'a+' }) || 0);
      if (holder && !alive(holder)) rmSync(LOCK, { force: true });
      else Atomics.wait(wait, 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

export interface BuildResult {
  status: number | null;
  log: string;
  /** Output files (`sang-kien/x/index.html` …) Astro rendered in this build, and those it kept from the last (restored from its cache, or left in place: "cached"). */
  rendered: Set<string>;
  restored: Set<string>;
}

/**
 * Output files Astro reports while generating pages (`├─ /sang-kien/x/index.html (cached)`), split by whether
 * they were kept from the previous build (`(cached)`: left in place in the output folder; `(restored)`: copied
 * back from Astro's cache) or rendered. Pages render concurrently, so a rendered page's timing can land on a
 * later line, glued to the next entry: a path without `(cached)` or `(restored)` right after it was rendered.
 */
export function generatedPaths(log: string): { rendered: Set<string>; restored: Set<string> } {
  const rendered = new Set<string>();
  const restored = new Set<string>();
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  for (const m of plain.matchAll(/[├└]─ \/(\S*?(?:\.[a-z0-9]+\/?|\/))(?=\s|\d\d:\d\d:\d\d|$)( \((?:restored|cached)\))?/gm)) {
    const file = m[1]!.replace(/\/$/, '');
    (m[2] ? restored : rendered).add(file);
  }
  return { rendered, restored };
}

export function buildSite(opts: { content: string; out: string; cache: string; today?: string }): BuildResult {
  const r = exclusive(() => spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: opts.content,
      OUT_DIR: opts.out,
      ASTRO_CACHE_DIR: join(opts.cache, 'astro'),
      SITE_TODAY: opts.today ?? '2026-11-23',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }));
  const log = `${r.stdout}\n${r.stderr}`;
  return { status: r.status, log, ...generatedPaths(log) };
}

/** Every file of a folder, relative, sorted. */
export function filesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).map((f) => f.split('\\').join('/')).sort();
}

/** Files that differ between two folders (present in one only, or with other bytes). */
export function differingFiles(a: string, b: string): string[] {
  const all = new Set([...filesOf(a), ...filesOf(b)]);
  return [...all].filter((f) => !existsSync(join(a, f)) || !existsSync(join(b, f)) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).sort();
}
