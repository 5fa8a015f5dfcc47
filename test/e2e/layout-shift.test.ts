/**
 * Layout shift in headless Chromium at phone size (390×844, JavaScript on), measured with a `PerformanceObserver`
 * for `layout-shift` entries from the start of the page: the search page, whose filters and results frame must not
 * push the browse links down when its script starts, and the A–Z index and home, which moved when the web font
 * arrived. Fonts and the search script are held back by the test server's route for a moment, like on a phone's
 * network, so that the first paint happens before either arrives; the total must stay ≤ 0.05 (Lighthouse: CLS).
 */
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { useSite } from '../helpers/browser.ts';

/** How long fonts and scripts are held back: longer than the time to first paint on the loopback server. */
const HOLD_MS = 400;
const MAX_SHIFT = 0.05;

const site = useSite();

interface Shift {
  value: number;
  sources: string[];
}

/** Loads `path` at 390×844 with fonts and scripts delayed; returns every layout shift not caused by input. */
async function measure(path: string): Promise<{ shifts: Shift[]; delayed: { fonts: number; scripts: number } }> {
  // A plain 390 px viewport: with Playwright's `isMobile` emulation this headless Chromium reported no shift at all,
  // even for a page that moves by 0.37 (the search page before its frame was rendered in the HTML).
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] }[]) {
          if (e.hadRecentInput) continue;
          w.__shifts.push({ value: e.value, sources: e.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const delayed = { fonts: 0, scripts: 0 };
    const hold = (kind: keyof typeof delayed) => async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      delayed[kind]++;
      await route.continue();
    };
    await context.route(/\.woff2$/, hold('fonts'));
    await context.route(/\/_astro\/.+\.js$/, hold('scripts'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    await page.goto(site.base + path, { waitUntil: 'networkidle' });
    // Let the last font or script that arrived lay out, and the observer's callbacks run, before reading: the fonts
    // settle, then two frames are drawn and one more task runs (observer callbacks are queued as tasks).
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    expect(errors).toEqual([]);
    return { shifts, delayed };
  } finally {
    await context.close();
  }
}

const total = (shifts: Shift[]) => shifts.reduce((sum, s) => sum + s.value, 0);

describe('layout shift at phone size', () => {
  it('the search page shows its filters and results frame without moving the browse links', async () => {
    const { shifts, delayed } = await measure('/tim-kiem/');
    expect(delayed.scripts).toBeGreaterThan(0);
    expect(delayed.fonts).toBeGreaterThan(0);
    expect(total(shifts), JSON.stringify(shifts)).toBeLessThanOrEqual(MAX_SHIFT);
  });

  for (const path of ['/sang-kien/a-z/', '/']) {
    it(`${path} does not move when the web font arrives`, async () => {
      const { shifts, delayed } = await measure(path);
      expect(delayed.fonts).toBeGreaterThan(0);
      expect(total(shifts), JSON.stringify(shifts)).toBeLessThanOrEqual(MAX_SHIFT);
    });
  }
});
