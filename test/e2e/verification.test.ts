/**
 * Verification and embeds in their bucketed shape, in Chromium with JavaScript off: a QR code printed on an
 * initiative's poster, decoded here, lands on its recognition alone; a revoked recognition says so; an
 * embed's iframe shows its one card. Expected facts come from the content files; expected codes are written out
 * by hand or come from the test's own implementation of the specification (`test/helpers/verification-code.ts`).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { CONTENT, html } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { decodeQr } from '../helpers/showcase.ts';
import { expectedCode, expectedVerificationPath } from '../helpers/verification-code.ts';
import { SITE_URL } from '../../src/lib/config.ts';
import { useSite } from '../helpers/browser.ts';

const initiatives = readCollection(CONTENT, 'initiatives');
const WINNER = 'ban-do-so-quan-ly-ha-tang-ky-thuat';
/**
 * The codes of WINNER's four recognitions, worked out outside this code base: sha256 of
 * `ban-do-so-quan-ly-ha-tang-ky-thuat|<level>|<decision number>|<decision date>`, first 40 bits in Crockford
 * base32 (Python's hashlib, and `test/helpers/verification-code.ts`, agree).
 */
const WINNER_CODES: Record<string, string> = {
  '17/QĐ-HĐSK': 'xdey6psy',
  '1249/QĐ-UBND': 'nvwr8wrx',
  '3177/QĐ-UBND': '810hd24a',
  '2291/QĐ-UBND': 'bffe571m',
};
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
    expect(recognitions.map((r) => r.decisionNumber).sort()).toEqual(Object.keys(WINNER_CODES).sort());
    for (const step of steps) {
      const decision = recognitions.find((r) => step.text.includes(r.decisionNumber))!.decisionNumber;
      const url = await decodeQr(step);
      expect(url, decision).toBe(`${SITE_URL.replace(/\/$/, '')}${expectedVerificationPath(WINNER_CODES[decision]!)}`);
      const { page, errors } = await site.open(local(url!), noJs);
      const shown = await visibleEntries(page);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain('Công nhận hợp lệ');
      expect(shown[0]).toContain(decision);
      await expect(page.locator('.when-untargeted').first().isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
    }
  });

  it('a revoked recognition says so, alone on its page', async () => {
    const r = (REVOKED.data.recognitions as { level: string; decisionNumber: string; decisionDate: unknown }[])[0]!;
    const date = r.decisionDate instanceof Date ? r.decisionDate.toISOString().slice(0, 10) : String(r.decisionDate);
    const { page } = await site.open(expectedVerificationPath(expectedCode(REVOKED.slug, r.level, r.decisionNumber, date)), noJs);
    const shown = await visibleEntries(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Công nhận đã bị thu hồi');
    expect(shown[0]).toContain(r.decisionNumber);
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
