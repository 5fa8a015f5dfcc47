/**
 * The statistics page in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH): no console errors, axe reports
 * no violations (WCAG 2.x A/AA and best practices), nothing overflows a 320 px screen, and in
 * forced-colours mode the marks use system colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { OUT } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  server = await serveStatic(OUT);
  origin = server.origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/so-lieu/ in Chromium', () => {
  it('loads without console errors or failed requests and passes axe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${origin}/so-lieu/`, { waitUntil: 'load' });
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(8);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling of the page', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${origin}/so-lieu/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('draws marks in system colours in forced-colours mode', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${origin}/so-lieu/`, { waitUntil: 'load' });
    const [solid, canvasText] = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const rect = document.querySelector('svg[data-svg] .solid, svg[data-svg] .s-bg-2')!;
      return [getComputedStyle(rect).fill, getComputedStyle(probe).color];
    });
    expect(solid).toBe(canvasText);
    await page.close();
  });
});
