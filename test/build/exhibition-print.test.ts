/**
 * Printing in a real browser (Debian chromium through playwright-core): a winner page and an
 * exhibition page print as a single A4 poster: the poster is visible, the rest of the page is not.
 * On screen the poster is hidden. Skipped only where no chromium is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CONTENT, OUT, TODAY } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';

const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.webp': 'image/webp', '.avif': 'image/avif', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

describe.skipIf(!existsSync(CHROMIUM))('printing a poster', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let file = join(OUT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const winner = publishedInitiatives(CONTENT, TODAY).find((i) => (i.data.media ?? []).length > 0)!;
  const exhibition = readCollection(CONTENT, 'exhibitions')[0]!;
  for (const path of [`/sang-kien/${winner.slug}/`, `/trien-lam/${exhibition.slug}/`]) {
    it(`prints ${path} as one A4 page holding only the poster`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(origin + path, { waitUntil: 'load' });
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
      } finally {
        await page.close();
      }
    });
  }
});
