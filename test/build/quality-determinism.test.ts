/**
 * Determinism: two builds of the same content produce byte-identical output. Uses the small fixture
 * content (cheap), each build with its own empty cache so that nothing is carried over between them.
 * Nothing is excluded from the comparison.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/built-site.ts';
import { FIXTURE } from '../helpers/content-fixture.ts';
import { buildSite, filesOf } from '../helpers/build.ts';

function build(name: string): string {
  const out = join(ROOT, 'test/.out', `determinism-${name}`);
  const cache = join(ROOT, 'test/.out', `determinism-${name}-cache`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const r = buildSite({ content: FIXTURE, out, cache });
  if (r.status !== 0) throw new Error(`build ${name} failed:\n${r.log.slice(-3000)}`);
  return out;
}

function fingerprint(dir: string): Map<string, string> {
  return new Map(filesOf(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('determinism', () => {
  it('builds the same content twice into byte-identical output (search index included)', { timeout: 300_000 }, () => {
    const a = fingerprint(build('a'));
    const b = fingerprint(build('b'));
    expect(a.size).toBeGreaterThan(5);
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  });
});
