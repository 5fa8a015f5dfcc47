/** The shipped content builds cleanly, and the home page shows figures computed from that content. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { CONTENT, ROOT, TODAY, buildLog, builtFile, exists, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { ContentCopy } from '../helpers/content-fixture.ts';
import { exclusive } from '../helpers/build.ts';

const LEVEL_RANK = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];

describe('build of the shipped content', () => {
  it('validates the content and prints no warnings', () => {
    const log = buildLog();
    expect(log).toMatch(/Nội dung hợp lệ: \d+ tệp, 0 cảnh báo\./);
    expect(log).not.toMatch(/\[WARN\]/);
    expect(log).not.toMatch(/\[ERROR\]/);
  });

  it('publishes a page per initiative, keeps tombstones and hides embargoed records', () => {
    const all = readCollection(CONTENT, 'initiatives');
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const e of all) {
      const embargoed = e.data.embargoUntil && String(e.data.embargoUntil) > TODAY;
      expect(exists(`/sang-kien/${e.slug}/`), e.slug).toBe(!embargoed);
    }
    expect(all.some((e) => e.data.embargoUntil && String(e.data.embargoUntil) > TODAY)).toBe(true);
    expect(all.some((e) => e.data.revoked)).toBe(true);
  });

  it('labels every demo record "Dữ liệu minh họa" on its page', () => {
    for (const folder of ['initiatives', 'units'] as const) {
      for (const e of readCollection(CONTENT, folder)) {
        const url = folder === 'initiatives' ? `/sang-kien/${e.slug}/` : `/don-vi/${e.slug}/`;
        if (!exists(url)) continue;
        const banner = page(url).querySelector('[data-demo="true"]');
        expect(Boolean(banner), url).toBe(Boolean(e.data.demo));
        if (e.data.demo) expect(text(banner)).toContain('Dữ liệu minh họa');
      }
    }
  });

  it('shows key figures on the home page computed from the content files', () => {
    const published = publishedInitiatives(CONTENT, TODAY);
    const units = readCollection(CONTENT, 'units');
    const reached = (e: (typeof published)[number], level: string) =>
      e.data.recognitions.some((r: { level: string }) => LEVEL_RANK.indexOf(r.level) >= LEVEL_RANK.indexOf(level));
    const expected = new Map([
      ['sáng kiến được công nhận', published.length],
      ['đạt cấp thành phố trở lên', published.filter((e) => reached(e, 'thanh-pho')).length],
      ['Bằng “Sáng kiến Thủ đô”', published.filter((e) => reached(e, 'sang-kien-thu-do')).length],
      ['đơn vị tham gia', units.length],
      ['sáng kiến được nhân rộng', published.filter((e) => (e.data.status.replicatedBy ?? []).length > 0).length],
    ]);
    const home = page('/');
    const shown = new Map(home.querySelectorAll('.figures__item').map((item) => [text(item.querySelector('dt')), Number(text(item.querySelector('dd')).replace(/\./g, ''))]));
    expect(shown).toEqual(expected);
  });

  it('has the page shell on the home page: lang, skip link, one h1, main landmark, search form', () => {
    const home = page('/');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('vi');
    const skip = home.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#noi-dung');
    expect(home.querySelector('main#noi-dung')).not.toBeNull();
    expect(home.querySelectorAll('h1')).toHaveLength(1);
    expect(home.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/tim-kiem/');
    expect(text(home.querySelector('.campaign-teaser'))).toContain('04/KH-HĐTĐKT');
  });

  it('uses the Be Vietnam Pro faces it ships: --font-body is defined once and names a declared @font-face', () => {
    const home = page('/');
    const css = [
      ...home.querySelectorAll('style').map((s) => s.textContent),
      ...home.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(builtFile(l.getAttribute('href')!), 'utf8')),
    ].join('\n');
    const definitions = [...css.matchAll(/--font-body:\s*([^;}]+)/g)].map((m) => m[1]!);
    expect(definitions).toHaveLength(1);
    const family = /^\s*["']([^"']+)["']/.exec(definitions[0]!)?.[1];
    const faces = new Set([...css.matchAll(/@font-face\s*{[^}]*font-family:\s*["']([^"']+)["']/g)].map((m) => m[1]));
    expect(family).toMatch(/^Be Vietnam Pro/);
    expect(faces.has(family)).toBe(true);
  });

  it('gives every entry an ASCII slug URL', () => {
    for (const folder of ['initiatives', 'units', 'campaigns', 'exhibitions']) {
      for (const e of readCollection(CONTENT, folder)) expect(e.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('the build fails on bad content', () => {
  const build = (contentDir: string) =>
    exclusive(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(ROOT, 'test/.out/broken'), SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    }));

  it('stops on a reference to a missing unit and on a duplicate slug, in Vietnamese, and builds once fixed', () => {
    const content = new ContentCopy();
    try {
      const file = 'initiatives/sang-kien-mau.md';
      const good = content.read(file);
      content.replace(file, 'unit: ubnd-phuong-mau', 'unit: ubnd-khong-co');
      content.write('initiatives/Sang kien thu hai.md', content.read('initiatives/sang-kien-thu-hai.md'));
      const broken = build(content.dir);
      const out = `${broken.stdout}\n${broken.stderr}`;
      expect(broken.status).not.toBe(0);
      expect(out).toContain('Nội dung không hợp lệ, dừng xây dựng trang.');
      expect(out).toMatch(/sang-kien-mau\.md:6: unit: Không tìm thấy đơn vị "ubnd-khong-co"/);
      expect(out).toMatch(/Trùng địa chỉ trang \(slug\) "sang-kien-thu-hai"/);

      content.write(file, good);
      content.delete('initiatives/Sang kien thu hai.md');
      const fixed = build(content.dir);
      expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    } finally {
      content.remove();
    }
  });
});
