/**
 * The yearly review and the tile map in Chromium: the review prints as an A4 document (page size, numbered pages,
 * title block with the plan, no table row cut across pages, charts in black and white); axe reports 0 violations
 * on the review and the map pages at 390 px and 1280 px and under a dark colour-scheme preference; in forced
 * colours the map's tiles use system colours.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CONTENT } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { useSite } from '../helpers/browser.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A4 in PDF points (210 × 297 mm); Chromium rounds the media box to 1/100 pt. */
const A4 = { width: 595.28, height: 841.89 };

const district = readCollection(CONTENT, 'campaigns').find((c) => c.data.parent)!;
const REVIEWS = [`/phong-trao/${district.slug}/tong-ket/`, `/phong-trao/${district.slug}/tong-ket/${district.data.period.from + 1}/`];
const MAPS = ['/dia-ban/', '/so-lieu/'];

const site = useSite();

/** Text of every page of a PDF, whitespace removed (PDF text runs break lines and words anywhere). */
async function pdfPages(pdf: Buffer): Promise<{ width: number; height: number; text: string }[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    const content = await p.getTextContent();
    const [x0, y0, x1, y1] = p.view as [number, number, number, number];
    pages.push({ width: x1 - x0, height: y1 - y0, text: squash(content.items.map((i) => ('str' in i ? i.str : '')).join('')) });
  }
  await task.destroy();
  return pages;
}
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
/** Rows whose text no single page holds whole: a row cut across a page break. */
const cutRows = (pages: { text: string }[], rows: string[]) => rows.map(squash).filter((r) => r.length > 0 && !pages.some((p) => p.text.includes(r)));

describe('printing a review', () => {
  for (const url of REVIEWS) {
    it(`${url} prints on numbered A4 pages, its title block first, no table row cut`, async () => {
      const { page } = await site.open(url);
      await page.emulateMedia({ media: 'print' });
      // Charts and the map print in black on white (patterns tell marks apart).
      const fills = await page.evaluate(() => [...document.querySelectorAll('.tile-solid, .s-bg-2')].map((el) => getComputedStyle(el).fill));
      expect(fills.length).toBeGreaterThan(0);
      expect(new Set(fills)).toEqual(new Set(['rgb(0, 0, 0)']));
      const rows = await page.evaluate(() => [...document.querySelectorAll('.review table tbody tr')].map((tr) => (tr as HTMLElement).innerText));
      expect(rows.length).toBeGreaterThan(10);

      const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages.length).toBeGreaterThan(1);
      for (const p of pages) {
        expect(Math.abs(p.width - A4.width), 'page width').toBeLessThan(1);
        expect(Math.abs(p.height - A4.height), 'page height').toBeLessThan(1);
      }
      pages.forEach((p, i) => expect(p.text, `page ${i + 1} is numbered`).toContain(`Trang${i + 1}/${pages.length}`));
      expect(pages[0]!.text).toContain(squash(district.data.plan.number));
      expect(pages[0]!.text).toContain(squash(district.data.title));
      // A row cut across a page break leaves no page holding all of its text.
      expect(cutRows(pages, rows)).toEqual([]);
    });
  }

  it('the cut-row check finds rows that Chromium splits when nothing keeps them whole', async () => {
    const { page } = await site.open('/');
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><th>Hàng ${i}</th><td>${Array.from({ length: 6 }, (_, k) => `dòng ${k}`).join('<br>')}</td><td>hết ${i}</td></tr>`);
    await page.setContent(`<style>@page { size: A4; margin: 15mm; }</style><table><tbody>${rows.join('')}</tbody></table>`);
    const texts = await page.evaluate(() => [...document.querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).innerText));
    expect(cutRows(await pdfPages(await page.pdf({ preferCSSPageSize: true })), texts).length).toBeGreaterThan(0);
  });
});

describe('accessibility of the review and the map', () => {
  for (const url of [...REVIEWS, ...MAPS]) {
    for (const width of [390, 1280]) {
      it(`${url} at ${width} px: 0 axe violations, light and dark, no horizontal scrolling`, async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page, errors } = await site.open(url, { viewport: { width, height: 900 }, colorScheme });
          const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), colorScheme).toEqual([]);
          expect(errors).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        }
      });
    }
  }

  it('the map reads in forced colours: tiles in system colours, every count written', async () => {
    const { page } = await site.open('/dia-ban/', { forcedColors: 'active' });
    const style = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const solid = document.querySelector('.tile-solid')!;
      const box = document.querySelector('.tile--0 .tile__box')!;
      return { solid: getComputedStyle(solid).fill, empty: getComputedStyle(box).fill, text: getComputedStyle(probe).color, canvas: getComputedStyle(probe).backgroundColor };
    });
    expect(style.solid).toBe(style.text);
    expect(style.empty).toBe(style.canvas);
    const counts = await page.locator('g.tile .tile__value').allTextContents();
    expect(counts.length).toBeGreaterThanOrEqual(30);
    expect(counts.every((c) => /^\d+$/.test(c.trim()))).toBe(true);
  });
});
