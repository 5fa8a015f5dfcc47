/**
 * The statistics page in Chromium (the shared server and browser of `test/helpers/browser.ts`): no console errors, axe reports
 * no violations (WCAG 2.x A/AA and best practices), nothing overflows a 320 px screen, and in forced-colours mode
 * the marks use system colours.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

describe('/so-lieu/ in Chromium', () => {
  it('loads without console errors or failed requests and passes axe', async () => {
    const failed: string[] = [];
    const { page, errors: problems } = await site.open('/so-lieu/');
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(8);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('fits a 320 px wide screen without horizontal scrolling of the page', async () => {
    const { page } = await site.open('/so-lieu/', { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('draws marks in system colours in forced-colours mode', async () => {
    const { page } = await site.open('/so-lieu/', { forcedColors: 'active' });
    const [solid, canvasText] = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const rect = document.querySelector('svg[data-svg] .solid, svg[data-svg] .s-bg-2')!;
      return [getComputedStyle(rect).fill, getComputedStyle(probe).color];
    });
    expect(solid).toBe(canvasText);
  });
});
