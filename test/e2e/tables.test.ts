/**
 * Tables in a real browser, on a phone (390 px) and a desktop (1280 px) screen: cells wrap between words only (a
 * word whose letters or digits sit on two lines, like "Nă m" or "20 21", is a failure), and a table wider than the
 * screen scrolls in its own region, named and reachable by keyboard, so the page itself never scrolls sideways.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, allPages } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { useSite } from '../helpers/browser.ts';

const campaigns = readCollection(CONTENT, 'campaigns').map((c) => `/phong-trao/${c.slug}/`);
const review = allPages().find((u) => /\/tong-ket\/\d{4}\/$/.test(u))!;
const PAGES = ['/du-lieu/', '/khen-thuong/', '/so-lieu/', '/dia-ban/', ...campaigns, review, review.replace(/\d{4}\/$/, '')];

const site = useSite();

describe('tables wrap between words and scroll in their own region', () => {
  for (const width of [390, 1280]) {
    for (const url of PAGES) {
      it(`${url} at ${width} px`, async () => {
        const { page } = await site.open(url, { viewport: { width, height: 900 } });
        const result = await page.evaluate(() => {
          const split: string[] = [];
          let words = 0;
          for (const cell of document.querySelectorAll('main th, main td')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]{2,}/gu)) {
                words++;
                const range = document.createRange();
                range.setStart(node, m.index!);
                range.setEnd(node, m.index! + m[0].length);
                const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (tops.size > 1) split.push(m[0]);
              }
            }
          }
          // Every table sits in a scroll region, and every region is focusable and named.
          const tables = [...document.querySelectorAll('main table')];
          const boxes = new Set(tables.map((t) => t.closest<HTMLElement>('.table-scroll, .chart__table')));
          const unreachable = tables.filter((t) => !t.closest('.table-scroll, .chart__table')).length +
            [...boxes].filter((b) => b && (b.tabIndex !== 0 || !(b.getAttribute('aria-label') || b.getAttribute('aria-labelledby')))).length;
          return { words, split, unreachable, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
        });
        expect(result.words).toBeGreaterThan(10);
        expect(result.split, 'words broken across lines').toEqual([]);
        expect(result.unreachable, 'tables outside a scroll region').toBe(0);
        expect(result.overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      });
    }
  }
});
