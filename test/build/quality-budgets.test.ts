/**
 * Performance budgets on the built output, for citizens on cheap phones and slow connections:
 * no JavaScript except on the search page (and the editors' tool); the heaviest initiative page,
 * HTML + its CSS, within 25 KB gzip; no image file over 200 KB; fonts only the subset woff2 files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { CONTENT, OUT, ROOT, allPages, exists, html } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { SCRIPT_PAGES, isEditorTool, targetFile } from '../helpers/quality.ts';

const KB = 1024;
const pages = allPages();
const files = (readdirSync(OUT, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).filter((f) => statSync(join(OUT, f)).isFile());

describe('budgets', () => {
  it('ships no script (nor inline event handler) on any page but search and the editors’ tool', () => {
    const offenders: string[] = [];
    for (const url of pages) {
      if (SCRIPT_PAGES.includes(url) || isEditorTool(url)) continue;
      const doc = parse(html(url));
      // JSON-LD structured data is data, not script: browsers do not execute it.
      for (const s of doc.querySelectorAll('script')) if (s.getAttribute('type') !== 'application/ld+json') offenders.push(`${url}: <script ${s.rawAttrs}>`);
      for (const el of doc.querySelectorAll('*')) for (const name of Object.keys(el.attributes)) if (/^on[a-z]+$/i.test(name)) offenders.push(`${url}: ${name}= on <${el.tagName.toLowerCase()}>`);
    }
    expect(offenders).toEqual([]);
  });

  /** The heaviest of some pages, HTML + its CSS, gzip. */
  function heaviest(urls: string[]): [string, number] {
    const sizes = urls.filter(exists).map((url): [string, number] => {
      const page = html(url);
      const css = parse(page)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => readFileSync(targetFile(l.getAttribute('href') ?? '') ?? '', 'utf8'))
        .join('');
      return [url, gzipSync(page).length + gzipSync(css).length];
    });
    expect(sizes.length).toBeGreaterThan(0);
    return sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
  }

  it('keeps every initiative page, HTML + CSS, within 25 KB gzip', () => {
    const [worst, bytes] = heaviest(readCollection(CONTENT, 'initiatives').map((e) => `/sang-kien/${e.slug}/`));
    expect(bytes, `${worst}: ${(bytes / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(25 * KB);
  });

  it('keeps field and area pages, with their trend chart, within 25 KB gzip', () => {
    const [worst, bytes] = heaviest(pages.filter((u) => /^\/(linh-vuc|dia-ban)\/[^/]+\/$/.test(u)));
    expect(bytes, `${worst}: ${(bytes / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(25 * KB);
  });

  it('keeps a yearly review, a printable report with every city-level winner, within 40 KB gzip on the shipped content', () => {
    const [worst, bytes] = heaviest(pages.filter((u) => /\/tong-ket\//.test(u)));
    expect(bytes, `${worst}: ${(bytes / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(40 * KB);
  });

  it('has no image file over 200 KB', () => {
    const images = files.filter((f) => /\.(jpe?g|png|webp|avif|gif|svg)$/i.test(f));
    expect(images.length).toBeGreaterThan(0);
    const big = images.map((f) => [f, statSync(join(OUT, f)).size] as const).filter(([, size]) => size > 200 * KB);
    expect(big).toEqual([]);
  });

  it('ships only the subset woff2 files of the typeface, unchanged', () => {
    const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    const dir = join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files');
    const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const subsets = new Map(
      (readdirSync(dir) as string[]).filter((f) => /-(latin|vietnamese)-\d+-normal\.woff2$/.test(f)).map((f) => [hash(join(dir, f)), f]),
    );
    for (const f of fonts) {
      expect(f).toMatch(/\.woff2$/);
      expect(subsets.get(hash(join(OUT, f))), `${f} is not a latin/vietnamese subset file`).toBeDefined();
    }
    const total = fonts.reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
    expect(total).toBeLessThanOrEqual(150 * KB);
  });
});
