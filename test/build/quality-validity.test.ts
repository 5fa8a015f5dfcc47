/**
 * Validity gates over EVERY built page (discovered from the output, so new pages are held from day one):
 * html-validate with its recommended rules and 0 errors; every internal link, image, stylesheet and
 * `#anchor` resolves inside the build; every image has alt text; the sitemap lists only built pages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { CONTENT, OUT, allPages, builtFile, exists, html } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { isEditorTool, targetFile } from '../helpers/quality.ts';
import { SITE_URL } from '../../src/lib/config.ts';

const pages = allPages();


const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting, not validity: the whitespace Astro's HTML compression leaves at line ends.
    'no-trailing-whitespace': 'off',
    // An SEO heuristic, not validity: page titles are the official names of initiatives as written in
    // their recognition decisions (often 80–200 characters), and must not be cut.
    'long-title': 'off',
    // HTML allows any id without spaces; verification entries are ids equal to their code, which QR codes link
    // to as a fragment (`/xac-minh/01/#01bvb9em`) and may begin with a digit. The strict mode is a style rule.
    'valid-id': ['error', { relaxed: true }],
  },
});

/** Every same-site reference of a page: [attribute value, element] for href/src/srcset. */
function references(doc: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('a[href], link[href], img[src], source[srcset], img[srcset], script[src], iframe[src], form[action]')) {
    for (const attr of ['href', 'src', 'action']) {
      const v = el.getAttribute(attr);
      if (v) out.push(v);
    }
    for (const attr of ['srcset']) {
      const v = el.getAttribute(attr);
      if (v) out.push(...v.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
    }
  }
  return out;
}

/** A reference as a same-site path (+ fragment), or undefined for other origins and non-http schemes. */
function internal(ref: string, pageUrl: string): { path: string; hash: string } | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(ref)) return undefined;
  const site = new URL(SITE_URL);
  const u = new URL(ref, new URL(pageUrl, site));
  if (u.origin !== site.origin) return undefined;
  return { path: u.pathname, hash: decodeURIComponent(u.hash.slice(1)) };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idCache.has(file)) {
    const doc = parse(readFileSync(file, 'utf8'));
    idCache.set(file, new Set(doc.querySelectorAll('[id], a[name]').map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? '')));
  }
  return idCache.get(file) as Set<string>;
}

describe('validity of every built page', () => {
  it('finds the pages to check in the build output', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it('passes html-validate (recommended rules) with 0 errors on every page', async () => {
    const failures: string[] = [];
    for (const url of pages) {
      if (isEditorTool(url)) continue;
      const report = await validator.validateString(html(url), builtFile(url));
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) failures.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures, failures.slice(0, 30).join('\n')).toEqual([]);
  });

  it('has no broken internal link, image, stylesheet or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const url of pages) {
      const doc = parse(html(url));
      for (const ref of references(doc)) {
        const target = internal(ref, url);
        if (!target) continue;
        checked++;
        const file = target.path === new URL(url, SITE_URL).pathname ? builtFile(url) : targetFile(target.path);
        if (!file) {
          broken.push(`${url} → ${ref} (no such file)`);
          continue;
        }
        if (target.hash && file.endsWith('.html') && !idsOf(file).has(target.hash)) broken.push(`${url} → ${ref} (no element with id "${target.hash}")`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 5);
    expect(broken, broken.slice(0, 30).join('\n')).toEqual([]);
  });

  it('gives every image an alt attribute (alt="" marks a decorative copy, e.g. a card thumbnail)', () => {
    const missing: string[] = [];
    for (const url of pages) {
      for (const img of parse(html(url)).querySelectorAll('img')) if (img.getAttribute('alt') === undefined) missing.push(`${url}: ${img.getAttribute('src')}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows every photo of an initiative on its page with the alt text written in its content file', () => {
    let photos = 0;
    for (const e of readCollection(CONTENT, 'initiatives')) {
      const url = `/sang-kien/${e.slug}/`;
      if (!exists(url) || e.data.revoked) continue;
      const alts = parse(html(url)).querySelectorAll('main img').map((img) => img.getAttribute('alt') ?? '');
      for (const m of e.data.media ?? []) {
        photos++;
        expect(alts, `${url}: ${m.src}`).toContain(String(m.alt).trim());
      }
    }
    expect(photos).toBeGreaterThan(0);
  });

  it('lists in the sitemap every public HTML page and nothing else: no missing page, no noindex page', () => {
    const xml = readFileSync(`${OUT}/sitemap-0.xml`, 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(listed.length).toBeGreaterThan(0);
    for (const p of listed) expect(targetFile(p), p).toBeDefined();
    const noindex = (u: string) => html(u).includes('name="robots" content="noindex"');
    const expected = pages.filter((u) => !u.endsWith('.html') && !isEditorTool(u));
    // Tombstones, verification pages, embeds and forwarding pages (noindex) stay out; everything else is in.
    expect(expected.filter((u) => !listed.includes(u) && !noindex(u))).toEqual([]);
    const listedNoindex = listed.filter(noindex);
    expect(listedNoindex).toEqual([]);
    expect(expected.filter(noindex).length, 'the shipped content has noindex pages to leave out').toBeGreaterThan(100);
  });
});
