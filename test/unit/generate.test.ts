/** The synthetic content generator: complete, valid under `npm run check`, deterministic per seed. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { generate } from '../../scripts/generate.ts';
import { readCollection } from '../helpers/content-files.ts';
import { ROOT, TODAY } from '../helpers/content-fixture.ts';
import { AWARDS, HOLDERS, LEVELS, STATUSES } from '../../src/vocabulary.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mlsk-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const COUNT = 120;
const dirA = join(tmp, 'a');
const dirB = join(tmp, 'b');
const dirC = join(tmp, 'c');
generate({ count: COUNT, seed: 42, out: dirA });
generate({ count: COUNT, seed: 42, out: dirB });
generate({ count: COUNT, seed: 43, out: dirC });

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile()) h.update(f).update(readFileSync(p));
  }
  return h.digest('hex');
}

describe('scripts/generate.ts', () => {
  const initiatives = readCollection(dirA, 'initiatives');
  const units = readCollection(dirA, 'units');

  it('writes the requested number of initiatives, units, the vocabularies and the campaigns', () => {
    expect(initiatives).toHaveLength(COUNT);
    expect(units.length).toBeGreaterThanOrEqual(12);
    for (const f of ['fields.yaml', 'areas.yaml']) expect(readFileSync(join(dirA, f), 'utf8')).toBe(readFileSync(join(ROOT, 'content', f), 'utf8'));
    expect(readdirSync(join(dirA, 'campaigns')).sort()).toEqual(readdirSync(join(ROOT, 'content/campaigns')).sort());
  });

  it('passes npm run check with no error and no warning', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { env: { ...process.env, CONTENT_DIR: dirA, SITE_TODAY: TODAY }, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('✓ Nội dung hợp lệ.');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/cảnh báo|warning/i);
  });

  it('covers every field, level, award, status and holder, revoked records and renamed units', () => {
    const fields = (parse(readFileSync(join(dirA, 'fields.yaml'), 'utf8')) as { id: string }[]).map((f) => f.id);
    expect(new Set(initiatives.map((e) => e.data.field))).toEqual(new Set(fields));
    const steps = initiatives.flatMap((e) => e.data.recognitions as { level: string; award: string }[]);
    expect(new Set(steps.map((s) => s.level))).toEqual(new Set(LEVELS.keys()));
    expect(new Set(steps.map((s) => s.award))).toEqual(new Set(AWARDS.keys()));
    expect(new Set(initiatives.map((e) => e.data.status.state))).toEqual(new Set(STATUSES.keys()));
    expect(new Set(initiatives.map((e) => e.data.holder))).toEqual(new Set(HOLDERS.keys()));
    expect(initiatives.some((e) => e.data.revoked)).toBe(true);
    expect(units.some((u) => (u.data.formerNames ?? []).length > 0)).toBe(true);
    expect(initiatives.every((e) => e.data.demo === true)).toBe(true);
  });

  it('writes long titles with every Vietnamese tone mark and đ', () => {
    const titles = initiatives.map((e) => String(e.data.title)).join(' ');
    for (const ch of 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ') expect(titles).toContain(ch);
    expect(Math.max(...initiatives.map((e) => String(e.data.title).length))).toBeGreaterThan(150);
  });

  it('shares images from a small pool copied into the directory; some records have none, some several', () => {
    const media = initiatives.map((e) => (e.data.media ?? []) as { src: string }[]);
    expect(media.some((m) => m.length === 0)).toBe(true);
    expect(media.some((m) => m.length > 1)).toBe(true);
    const used = new Set(media.flat().map((m) => m.src));
    expect(used.size).toBeLessThanOrEqual(readdirSync(join(dirA, 'images')).length);
    for (const src of used) expect(existsSync(resolve(dirA, 'initiatives', src)), src).toBe(true);
  });

  it('is deterministic per seed', () => {
    expect(digest(dirB)).toBe(digest(dirA));
    expect(digest(dirC)).not.toBe(digest(dirA));
  });
});
