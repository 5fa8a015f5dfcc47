/** The synthetic content generator: complete, valid under `npm run check`, deterministic per seed. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { appendInitiatives, generate } from '../../../scripts/generate.ts';
import { readCollection } from '../../helpers/content-files.ts';
import { ROOT, TODAY } from '../../helpers/content-fixture.ts';
import { AWARDS, HOLDERS, LEVELS, STATUSES } from '../../../src/vocabulary.ts';

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

describe('appendInitiatives (scripts/generate.ts)', () => {
  const dir = join(tmp, 'appended');
  cpSync(dirA, dir, { recursive: true });
  const before = new Map(readdirSync(join(dir, 'initiatives')).map((f) => [f, readFileSync(join(dir, 'initiatives', f), 'utf8')]));
  const added = appendInitiatives({ out: dir, count: 100, seed: 7 });
  const all = readCollection(dir, 'initiatives');
  const fresh = all.filter((e) => !before.has(e.file));

  it('writes the requested number of new files and leaves every existing file as it was', () => {
    expect(added).toHaveLength(100);
    expect(fresh.map((e) => e.slug).sort()).toEqual([...added].sort());
    expect(all).toHaveLength(COUNT + 100);
    for (const [f, text] of before) expect(readFileSync(join(dir, 'initiatives', f), 'utf8'), f).toBe(text);
    expect(digest(join(dir, 'units'))).toBe(digest(join(dirA, 'units')));
  });

  it('continues the numbering and refers to the directory\'s own units, campaigns, fields, areas, images and initiatives', () => {
    expect(added[0]).toMatch(new RegExp(`^sk-${String(COUNT + 1).padStart(6, '0')}-`));
    const ids = (f: string) => new Set((parse(readFileSync(join(dir, f), 'utf8')) as { id: string }[]).map((x) => x.id));
    const units = new Set(readCollection(dir, 'units').map((u) => u.slug));
    const campaigns = new Set(readCollection(dir, 'campaigns').map((c) => c.slug));
    const existing = new Set(all.map((e) => e.slug));
    for (const e of fresh) {
      expect(units.has(e.data.unit), e.file).toBe(true);
      expect(campaigns.has(e.data.campaign), e.file).toBe(true);
      expect(ids('fields.yaml').has(e.data.field), e.file).toBe(true);
      expect(ids('areas.yaml').has(e.data.area), e.file).toBe(true);
      for (const r of (e.data.related ?? []) as string[]) expect(existing.has(r), `${e.file} → ${r}`).toBe(true);
      for (const m of (e.data.media ?? []) as { src: string }[]) expect(existsSync(resolve(dir, 'initiatives', m.src)), m.src).toBe(true);
      expect(e.data.demo).toBe(true);
    }
  });

  it('keeps the directory valid: npm run check passes with no error and no warning', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { env: { ...process.env, CONTENT_DIR: dir, SITE_TODAY: TODAY }, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('✓ Nội dung hợp lệ.');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/cảnh báo|warning/i);
  });

  it('adds different records on a second call with the same seed, without overwriting', () => {
    const again = appendInitiatives({ out: dir, count: 5, seed: 7 });
    expect(again.filter((id) => added.includes(id))).toEqual([]);
    expect(readdirSync(join(dir, 'initiatives'))).toHaveLength(COUNT + 105);
    for (const [f, text] of before) expect(readFileSync(join(dir, 'initiatives', f), 'utf8'), f).toBe(text);
  });

  it('is deterministic per directory and seed', () => {
    const x = join(tmp, 'append-x');
    const y = join(tmp, 'append-y');
    for (const d of [x, y]) {
      cpSync(dirA, d, { recursive: true });
      appendInitiatives({ out: d, count: 10, seed: 7 });
    }
    expect(digest(y)).toBe(digest(x));
  });
});

describe('the ladder of generated initiatives', () => {
  it('is a pyramid: every level in the first four, then 77/20/2/1 out of every hundred', async () => {
    const { ladderTop } = await import('../../../scripts/generate.ts');
    expect([0, 1, 2, 3].map(ladderTop)).toEqual([0, 1, 2, 3]);
    const counts = [0, 0, 0, 0];
    for (let i = 100; i < 1100; i++) counts[ladderTop(i)]! += 1;
    expect(counts).toEqual([770, 200, 20, 10]);
  });
});
