/**
 * Accessibility sweep in a real browser: one page of every template, found in the build output
 * (first page of each route pattern), plus a tombstone and the 404 answer for an unknown URL.
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: 0 violations at 1280 px and at 390 px; colour contrast also under a dark
 * colour-scheme preference; reflow at 320 CSS px without horizontal scrolling (WCAG 1.4.10); no console
 * error and no CSP violation (the served headers are the site's own `_headers`).
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { CONTENT, TODAY, allPages, exists } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { onePagePerTemplate } from '../helpers/quality.ts';
import { useSite } from '../helpers/browser.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const templates = onePagePerTemplate(allPages());
templates.delete('/404.html');
const tombstone = readCollection(CONTENT, 'initiatives').find((e) => e.data.revoked && !(e.data.embargoUntil && String(e.data.embargoUntil) > TODAY));
if (tombstone && exists(`/sang-kien/${tombstone.slug}/`)) templates.set('tombstone', `/sang-kien/${tombstone.slug}/`);
templates.set('404', '/khong-co-trang-nay/');

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  if (rules) builder.withRules(rules);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const site = useSite();

describe('accessibility of one page per template', () => {
  it('covers the core templates', () => {
    for (const key of ['/', '/sang-kien/', '/sang-kien/*/', '/don-vi/*/', '/phong-trao/*/', 'tombstone', '404']) expect([...templates.keys()]).toContain(key);
  });

  for (const [template, url] of templates) {
    it(`${template} (${url}): 0 axe violations (1280 and 390 px), reflows at 320 px, no console error or CSP violation`, async () => {
      const { page, errors, status } = await site.open(url);
      expect(status).toBe(template === '404' ? 404 : 200);
      expect(await violations(page)).toEqual([]);
      // The 404 answer itself is logged by Chromium as a failed resource load; anything else is an error.
      expect(errors.filter((e) => !(template === '404' && /status of 404/.test(e)))).toEqual([]);

      // A phone: axe again at 390 px, where tables and charts take their narrow layout.
      const phone = await site.open(url, { viewport: { width: 390, height: 844 } });
      expect(await violations(phone.page), 'at 390 px').toEqual([]);

      const narrow = await site.open(url, { viewport: { width: 320, height: 640 } });
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);

      const dark = await site.open(url, { colorScheme: 'dark' });
      expect(await violations(dark.page, ['color-contrast'])).toEqual([]);
    });
  }
});
