/**
 * Shared by the `build` and `e2e` Vitest projects; a process-wide guard makes the build run once
 * per `vitest run` even when both projects list this file.
 * Builds the site once per test run from the shipped content, with a fixed "today" so that
 * results do not depend on the calendar, into test/.out/site. Build tests read that output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ENV, OUT, ROOT } from '../helpers/built-site.ts';

const GUARD = Symbol.for('mlsk.siteBuilt');

export default function setup(): void {
  const g = globalThis as { [GUARD]?: boolean };
  if (g[GUARD]) return;
  g[GUARD] = true;
  mkdirSync(join(ROOT, 'test/.out'), { recursive: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...BUILD_ENV },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = `${r.stdout}\n${r.stderr}`;
  writeFileSync(join(ROOT, 'test/.out/build.log'), log);
  if (r.status !== 0) throw new Error(`Site build failed (exit ${r.status}):\n${log.slice(-4000)}`);
  console.log(`Built ${OUT} in ${Math.round((performance.now() - started) / 1000)} s`);
}
