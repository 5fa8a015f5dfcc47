/**
 * Editor tooling in the built site: "Cập nhật lần cuối" and the recent changes on initiative, unit
 * and campaign pages match git (asked directly here, not through the site's history module), the
 * "Báo cáo sai sót" link is prefilled with the page, and /admin/ serves Decap CMS from node_modules
 * with a config generated for the content folders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT, OUT, ROOT, page, text } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { vi } from '../../src/i18n/vi.ts';

/** Commits touching a file, newest first, as git itself reports them ([] outside git). */
function gitLog(file: string): { date: string; subject: string; hash: string }[] {
  try {
    const out = execFileSync('git', ['log', '--no-merges', '--format=%cs%x1f%s%x1f%H', '--', file], { cwd: ROOT, encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((l) => {
      const [date = '', subject = '', hash = ''] = l.split('\x1f');
      return { date, subject, hash };
    });
  } catch {
    return [];
  }
}
const shallow = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';
  } catch {
    return false;
  }
})();
const vnDate = (iso: string) => iso.split('-').map(Number).reverse().join('/');
/** A commit that changed only files under content/ is editorial: its message is shown; otherwise a generic label. */
function shownText(c: { subject: string; hash: string }): string {
  const files = execFileSync('git', ['show', '--name-only', '--format=', c.hash], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  return files.every((f) => f.startsWith('content/')) ? c.subject : vi.history.technical;
}

const SAMPLES = [
  { folder: 'initiatives', url: (slug: string) => `/sang-kien/${slug}/`, title: (d: any) => d.title },
  { folder: 'units', url: (slug: string) => `/don-vi/${slug}/`, title: (d: any) => d.name },
  { folder: 'campaigns', url: (slug: string) => `/phong-trao/${slug}/`, title: (d: any) => d.title },
];

describe('change history and corrections on pages', () => {
  for (const sample of SAMPLES) {
    it(`${sample.folder}: last update and recent changes from git, prefilled correction link`, () => {
      const entries = readCollection(CONTENT, sample.folder).filter((e) => !e.data.embargoUntil);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries.slice(0, 5)) {
        const doc = page(sample.url(entry.slug));
        const aside = doc.querySelector('aside.history');
        expect(aside, entry.file).not.toBeNull();
        const log = gitLog(join(CONTENT, sample.folder, entry.file));
        const last = aside!.querySelector('.history__last time');
        if (log.length && !shallow) {
          expect(last?.getAttribute('datetime')).toBe(log[0]!.date);
          expect(text(last)).toBe(vnDate(log[0]!.date));
          const items = aside!.querySelectorAll('.history__changes li').map((li) => text(li));
          expect(items).toEqual(log.slice(0, 5).map((c) => `${vnDate(c.date)}: ${shownText(c)}`));
        } else if (!log.length) {
          expect(last).toBeNull();
          expect(text(aside!.querySelector('.history__last'))).toContain('Chưa có thông tin');
        }
        const href = aside!.querySelector('a[data-correction]')!.getAttribute('href')!;
        const decoded = decodeURIComponent(href);
        expect(decoded).toContain(`Báo cáo sai sót: ${sample.title(entry.data)}`);
        expect(decoded).toContain(sample.url(entry.slug));
        expect(decoded).toContain(`content/${sample.folder}/${entry.file}`);
      }
    });
  }
});

describe('/admin/ web editor', () => {
  const admin = join(OUT, 'admin');
  it('serves Decap CMS from the npm package, with no third-party script', () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['/admin/react.js', '/admin/decap-cms-app.js', '/admin/init.js']);
    for (const s of scripts) expect(existsSync(join(OUT, s))).toBe(true);
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toContain('noindex');
    const pkg = join(ROOT, 'node_modules/decap-cms-app/dist');
    expect(statSync(join(admin, 'decap-cms-app.js')).size).toBe(statSync(join(pkg, 'decap-cms-app.js')).size);
    // The bundle loads its chunks from the same folder: every chunk is there.
    for (const chunk of readdirSync(pkg).filter((f) => /^\d+\..*\.js$/.test(f))) expect(existsSync(join(admin, chunk)), chunk).toBe(true);
  });
  it('has a config whose collections point at the content folders', () => {
    const config = parse(readFileSync(join(admin, 'config.yml'), 'utf8'));
    for (const c of config.collections) expect(existsSync(join(ROOT, c.folder)), c.folder).toBe(true);
    expect(existsSync(join(ROOT, config.media_folder))).toBe(true);
  });
});
