/**
 * The search page in headless Chromium (the shared server and browser of `test/helpers/browser.ts`) on the
 * site built by test/build/global-setup.ts: type a query, apply a filter, reload from the URL, go back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CONTENT, TODAY } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
});

const resultUrls = (p: Page) => p.$$eval('[data-search-results] li h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/**
 * After a page load: the search the page starts from its URL has finished. The script marks the results region
 * `aria-busy` while a search runs (set before the page's `load` event) and writes the count when one ends.
 */
const settled = async (p: Page) => {
  await p.waitForFunction(() => !document.querySelector('[data-search-results-section]')?.hasAttribute('aria-busy') && document.querySelector('[data-search-count]')?.textContent !== '');
};
/**
 * Runs an action on a loaded search page and waits until the search it starts has finished: every finished search
 * writes the count anew (a new text node, even when the text is the same), so the count node seen before the
 * action is marked and the wait ends when another node stands there, the region is no longer busy, and the URL
 * carries what the field holds (typing searches 200 ms after the last key: a pause between keys may run a search
 * for the first word, and the URL changes in the same task that starts the search for the whole query).
 */
const searchAfter = async (p: Page, action: () => Promise<unknown>) => {
  await p.evaluate(() => {
    const before = document.querySelector('[data-search-count]')!.firstChild;
    if (before) (before as Node & { staleCount?: boolean }).staleCount = true;
  });
  await action();
  await p.waitForFunction(() => {
    const count = document.querySelector('[data-search-count]')!;
    const node = count.firstChild as (Node & { staleCount?: boolean }) | null;
    const field = document.querySelector<HTMLInputElement>('#search-q')!.value.replace(/\s+/g, ' ').trim();
    const inUrl = new URL(location.href).searchParams.get('q') ?? '';
    return node !== null && !node.staleCount && inUrl === field && !document.querySelector('[data-search-results-section]')!.hasAttribute('aria-busy');
  });
};

describe('search page in a browser', () => {
  it('types a query without diacritics, filters, reloads from the URL and goes back', async () => {
    const dongDaUnits = readCollection(CONTENT, 'units').filter((u) => /Đống Đa/.test(u.data.name));
    const dongDaInitiatives = publishedInitiatives(CONTENT, TODAY).filter((e) => e.data.area === 'dong-da');
    expect(dongDaUnits.length + dongDaInitiatives.length).toBeGreaterThan(1);

    await page.goto(`${site.base}/tim-kiem/`);
    const startLength = await page.evaluate(() => history.length);
    // Keyboard only: skip link, then Tab until the search field of the page has focus.
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await settled(page);
    await searchAfter(page, () => page.keyboard.type('dong da', { delay: 40 }));
    const unfiltered = await resultUrls(page);
    for (const u of dongDaUnits) expect(unfiltered).toContain(`/don-vi/${u.slug}/`);
    expect(new URL(page.url()).search).toBe('?q=dong+da');
    expect(await page.evaluate(() => history.length)).toBe(startLength);
    expect(await page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent))).toContain('Đống');
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));

    // Filter by keyboard: focus the type filter and pick "Đơn vị".
    await page.focus('#search-loai');
    await searchAfter(page, () => page.selectOption('#search-loai', 'don-vi'));
    expect(new URL(page.url()).searchParams.get('loai')).toBe('don-vi');
    const filtered = await resultUrls(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    expect(filtered.every((u) => u.startsWith('/don-vi/'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=dong+da&loai=don-vi');
    expect(await page.evaluate(() => history.length)).toBe(startLength + 1);

    // A shared link: reload reproduces the query, the filter and the results.
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('dong da');
    expect(await page.inputValue('#search-loai')).toBe('don-vi');
    expect(await resultUrls(page)).toEqual(filtered);

    // Back: the search before the filter, with its results.
    await searchAfter(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.has('loai')).toBe(false);
    expect(await page.inputValue('#search-loai')).toBe('');
    expect(await page.inputValue('#search-q')).toBe('dong da');
    expect(await resultUrls(page)).toEqual(unfiltered);

    // Results link to real pages with the accented title.
    const first = page.locator('[data-search-results] li h3 a').first();
    expect(await first.textContent()).toMatch(/[đĐàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/);
    expect(problems).toEqual([]);
  }, 90_000);

  it('has no WCAG 2.2 AA violations (axe) with results, highlights and filters shown', async () => {
    const context = await site.browser.newContext();
    const p = await context.newPage();
    await p.goto(`${site.base}/tim-kiem/?q=dien&loai=sang-kien`);
    await settled(p);
    expect(await p.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    const report = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(report.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
    await context.close();
  }, 60_000);

  it('without JavaScript explains itself and lists the browse links, with no filters or results frame, and the form still submits', async () => {
    const { page: p, errors } = await site.open('/tim-kiem/?q=dien', { javaScriptEnabled: false });
    await expect(p.locator('.search__notice', { hasText: 'JavaScript' }).isVisible()).resolves.toBe(true);
    // The frame is in the HTML for the script; without scripting the CSS hides it.
    expect(await p.locator('[data-search-filters]').count()).toBe(1);
    expect(await p.locator('[data-search-filters]').isVisible()).toBe(false);
    expect(await p.locator('[data-search-results-section]').isVisible()).toBe(false);
    const browse = p.locator('.browse a');
    expect(await browse.count()).toBeGreaterThan(4);
    for (const a of await browse.all()) expect(await a.isVisible()).toBe(true);
    await p.fill('#search-q', 'dong da');
    await Promise.all([p.waitForURL((u) => u.pathname === '/tim-kiem/' && u.searchParams.get('q') === 'dong da'), p.press('#search-q', 'Enter')]);
    await expect(p.locator('.browse').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens a shared link with filters only and lists the matching records', async () => {
    const published = publishedInitiatives(CONTENT, TODAY);
    const field = published[0]!.data.field as string;
    const expected = published.filter((e) => e.data.field === field).length;
    const p = await site.browser.newPage();
    await p.goto(`${site.base}/tim-kiem/?loai=sang-kien&linh-vuc=${field}`);
    await settled(p);
    expect(await p.textContent('[data-search-count]')).toContain(`${expected} kết quả`);
    expect(await p.inputValue('#search-linh-vuc')).toBe(field);
    await p.close();
  }, 60_000);
});
