/**
 * Verification and embeds in their bucketed shape, in Chromium with JavaScript off: a QR code printed on an
 * initiative's poster, decoded here, lands on its recognition alone; a revoked recognition says so; an
 * embed's iframe shows its one card. Expected facts come from the content files.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { CONTENT, html } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { decodeQr } from '../helpers/showcase.ts';
import { SITE_URL } from '../../src/lib/config.ts';
import { useSite } from '../helpers/browser.ts';

const initiatives = readCollection(CONTENT, 'initiatives');
const WINNER = 'ban-do-so-quan-ly-ha-tang-ky-thuat';
const REVOKED = initiatives.find((e) => e.data.revoked)!;

const site = useSite();

const noJs = { javaScriptEnabled: false };
/** The site path of an absolute URL of the site. */
const local = (url: string) => url.replace(SITE_URL.replace(/\/$/, ''), '');
/** Texts of the `.entry` elements the reader can see. */
const visibleEntries = (page: import('playwright-core').Page) =>
  page.locator('article.entry').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText));

describe('verification without JavaScript', () => {
  it('each QR code of a poster decodes to its recognition, shown alone and valid', async () => {
    const steps = parse(html(`/sang-kien/${WINNER}/`)).querySelectorAll('.poster__ladder li');
    const recognitions = initiatives.find((e) => e.slug === WINNER)!.data.recognitions as { decisionNumber: string }[];
    expect(steps.length).toBe(recognitions.length);
    for (const step of steps) {
      const url = await decodeQr(step);
      expect(url, step.toString().slice(0, 80)).toMatch(/\/xac-minh\/[0-9a-z]{2}\/#[0-9a-z]{8}$/);
      const { page, errors } = await site.open(local(url!), noJs);
      const shown = await visibleEntries(page);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain('Công nhận hợp lệ');
      const decision = recognitions.find((r) => step.text.includes(r.decisionNumber))!.decisionNumber;
      expect(shown[0]).toContain(decision);
      await expect(page.locator('.when-untargeted').first().isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
    }
  });

  it('a revoked recognition says so, alone on its page', async () => {
    // The bucket pages list codes with the initiative's title; find the revoked record's entry by its link.
    const index = parse(html('/xac-minh/'));
    let found: string | undefined;
    for (const a of index.querySelectorAll('.buckets a')) {
      const bucket = parse(html(a.getAttribute('href')!));
      const entry = bucket.querySelectorAll('article.entry').find((e) => e.querySelector(`a[href="/sang-kien/${REVOKED.slug}/"]`));
      if (entry) {
        found = `${a.getAttribute('href')}#${entry.id}`;
        break;
      }
    }
    expect(found).toBeTruthy();
    const { page } = await site.open(found!, noJs);
    const shown = await visibleEntries(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Công nhận đã bị thu hồi');
    expect(shown[0]).toContain((REVOKED.data.revoked as { decision: string }).decision);
  });

  it('without a code, a bucket page lists its codes and shows no entry', async () => {
    const bucket = parse(html('/xac-minh/')).querySelector('.buckets a')!.getAttribute('href')!;
    const { page } = await site.open(bucket, noJs);
    expect(await visibleEntries(page)).toEqual([]);
    expect(await page.locator('ul.codes li').count()).toBeGreaterThan(0);
  });
});

describe('embeds without JavaScript', () => {
  it('the iframe code of an initiative shows its card, and only that one', async () => {
    const code = parse(html(`/sang-kien/${WINNER}/`)).querySelector('.embed textarea')!.text;
    const src = /src="([^"]+)"/.exec(code)![1]!;
    const { page } = await site.open('/tim-kiem/', noJs);
    await page.setContent(`<!doctype html><title>x</title><iframe src="${site.base}${local(src)}" width="360" height="200"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(`#sang-kien-${WINNER}`).isVisible()).resolves.toBe(true);
    const visibleCards = await frame.locator('article.c').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleCards).toBe(1);
    await expect(frame.locator(`#sang-kien-${WINNER} h2`).innerText()).resolves.toContain('Bản đồ số');
  });
});
