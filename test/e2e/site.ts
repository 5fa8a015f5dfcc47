/**
 * Browser tests' fixture: the site built by the global setup, served by a tiny loopback server
 * (with the site's `_headers`), and one headless Debian Chromium through playwright-core.
 * Collects console errors, page errors and CSP violations per page.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/ensure-browser.ts';
import { OUT } from '../helpers/built-site.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

export interface Site {
  base: string;
  browser: Browser;
  /** A fresh page; `errors` collects console errors, uncaught exceptions and CSP violations. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; errors: string[]; status: number | undefined }>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const server: RunningServer = await serveStatic(OUT);
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS, headless: true });
  const contexts: { close(): Promise<void> }[] = [];
  return {
    base: server.url,
    browser,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', ...options });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      return { page, errors, status: response?.status() };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}
