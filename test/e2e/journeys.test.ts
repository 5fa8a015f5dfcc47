/**
 * User journeys in a real browser, by mouse and by keyboard only. Expected titles, numbers and links
 * come from the content files, not from the site's data layer.
 *   citizen:    home → initiatives listing → one initiative (its field links to /linh-vuc/<field>/)
 *   journalist: home → campaign page (plan number in the fact box) → an initiative → citation line
 *   keyboard:   Tab reaches the skip link first; it moves focus to <main>; focus is always visible;
 *               the citizen journey done with Tab and Enter alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTENT, TODAY, exists } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { SITE_URL } from '../../src/lib/config.ts';
import { useSite } from '../helpers/browser.ts';

const initiatives = readCollection(CONTENT, 'initiatives');
const bySlug = new Map(initiatives.map((e) => [e.slug, e]));
const campaigns = readCollection(CONTENT, 'campaigns');
const visible = (slug: string) => {
  const e = bySlug.get(slug);
  return Boolean(e && !(e.data.embargoUntil && String(e.data.embargoUntil) > TODAY));
};

const site = useSite();

const path = (page: Page) => new URL(page.url()).pathname;
const h1 = async (page: Page) => (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();

/** Presses Tab until the focused element matches, returns its description; fails after `max` presses. */
async function tabTo(page: Page, test: (el: { tag: string; href: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', href: a?.getAttribute('href') ?? '', text: (a?.textContent ?? '').trim() };
    });
    if (test(el)) return el;
  }
  throw new Error('Tab never reached the element');
}

/** The focused element draws a visible focus indicator (outline or box-shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  });
}

describe('citizen journey', () => {
  it('home → initiatives → an initiative page with its facts and field link', async () => {
    const { page } = await site.open('/');
    await page.locator('header nav a[href="/sang-kien/"]').click();
    await page.waitForURL('**/sang-kien/');
    const first = page.locator('main .card__title a').first();
    const href = (await first.getAttribute('href')) ?? '';
    await first.click();
    await page.waitForURL(`**${href}`);
    const slug = href.split('/')[2] ?? '';
    const entry = bySlug.get(slug);
    expect(entry, slug).toBeDefined();
    expect(await h1(page)).toBe(String(entry?.data.title));
    expect(await page.locator(`main a[href="/linh-vuc/${entry?.data.field}/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`main a[href="/don-vi/${entry?.data.unit}/"]`).count()).toBeGreaterThan(0);
  });
});

describe('journalist journey', () => {
  it('home → campaign page with the plan in the fact box → an initiative → citation line to copy', async () => {
    const { page } = await site.open('/');
    const campaignLink = page.locator('main a[href^="/phong-trao/"]:not([href="/phong-trao/"])').first();
    await campaignLink.click();
    await page.waitForURL('**/phong-trao/*/');
    const campaign = campaigns.find((c) => path(page) === `/phong-trao/${c.slug}/`);
    expect(campaign, path(page)).toBeDefined();
    const facts = await page.locator('main dl').first().innerText();
    expect(facts).toContain(String(campaign?.data.plan.number));

    const slug = initiatives.find((e) => e.data.campaign === campaign?.slug && visible(e.slug) && !e.data.revoked)?.slug ?? '';
    expect(exists(`/sang-kien/${slug}/`)).toBe(true);
    const detail = await site.open(`/sang-kien/${slug}/`);
    // Typography sets " - " in names as an en dash; compare the facts with the content as typed.
    const cite = (await detail.page.locator('.cite__line').innerText()).trim().replace(/\s–\s/g, ' - ');
    const entry = bySlug.get(slug);
    expect(cite).toContain(String(entry?.data.title));
    expect(cite).toContain(String(entry?.data.unitNameAtRecognition));
    expect(cite).toContain(new URL(`/sang-kien/${slug}/`, SITE_URL).toString());
    // The journalist copies it: the line is selectable text, not an image or a script-filled field.
    const selected = await detail.page.evaluate(() => {
      const el = document.querySelector('.cite__line');
      const range = document.createRange();
      if (el) range.selectNodeContents(el);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString().trim();
    });
    expect(selected?.replace(/\s–\s/g, " - ")).toBe(cite);
  });
});

describe('keyboard only', () => {
  it('reaches the skip link first, which moves focus to the main content', async () => {
    const { page } = await site.open('/sang-kien/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement?.className ?? '', href: document.activeElement?.getAttribute('href') }));
    expect(first.cls).toContain('skip-link');
    expect(first.href).toBe('#noi-dung');
    expect(await focusVisible(page)).toBe(true);
    const box = await page.locator('a.skip-link').boundingBox();
    expect(box && box.width > 0 && box.height > 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('does the citizen journey with Tab and Enter alone, focus always visible', async () => {
    const { page } = await site.open('/');
    await tabTo(page, (el) => el.href === '/sang-kien/');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sang-kien/');
    // The first initiative card: skip the A–Z and page links of the listing.
    const el = await tabTo(page, (e) => /^\/sang-kien\/(?!a-z\/|trang\/)[a-z0-9-]+\/$/.test(e.href));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${el.href}`);
    expect(await h1(page)).toBe(String(bySlug.get(el.href.split('/')[2] ?? '')?.data.title));
  });
});
