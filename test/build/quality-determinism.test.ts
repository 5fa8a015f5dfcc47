/**
 * Determinism: two builds of the same content produce byte-identical output. Uses the small fixture
 * content (cheap), each build with its own empty cache so that nothing is carried over between them.
 * Nothing is excluded from the comparison.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TODAY } from '../helpers/built-site.ts';
import { FIXTURE } from '../helpers/content-fixture.ts';

function build(name: string): string {
  const out = join(ROOT, 'test/.out', `determinism-${name}`);
  const cache = join(ROOT, 'test/.out', `determinism-${name}-cache`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: FIXTURE, OUT_DIR: out, ASTRO_CACHE_DIR: cache, SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build ${name} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return out;
}

function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out.set(f.split('\\').join('/'), createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

describe('determinism', () => {
  it('builds the same content twice into byte-identical output', { timeout: 300_000 }, () => {
    const a = fingerprint(build('a'));
    const b = fingerprint(build('b'));
    expect(a.size).toBeGreaterThan(5);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
