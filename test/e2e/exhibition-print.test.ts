/**
 * Printing in a real browser: a winner page and an exhibition page print as a single A4 poster: the poster is
 * visible, the rest of the page is not. On screen the poster is hidden. Runs in the e2e project with the shared
 * server and Chromium (`test/helpers/browser.ts`); a missing browser fails with the message of `scripts/ensure-browser.ts`.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, TODAY } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

describe('printing a poster', () => {
  const winner = publishedInitiatives(CONTENT, TODAY).find((i) => (i.data.media ?? []).length > 0)!;
  const exhibition = readCollection(CONTENT, 'exhibitions')[0]!;
  for (const path of [`/sang-kien/${winner.slug}/`, `/trien-lam/${exhibition.slug}/`]) {
    it(`prints ${path} as one A4 page holding only the poster`, async () => {
      const { page } = await site.open(path);
      const visible = () =>
        page.evaluate(() => {
          const shown = (el: Element | null) => Boolean(el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0);
          return { poster: shown(document.querySelector('.poster')), header: shown(document.querySelector('.site-header')), title: shown(document.querySelector('main h1')), qr: shown(document.querySelector('.poster__code svg')) };
        });
      expect(await visible()).toEqual({ poster: false, header: true, title: true, qr: false });
      await page.emulateMedia({ media: 'print' });
      expect(await visible()).toEqual({ poster: true, header: false, title: false, qr: true });
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    });
  }
});
