/**
 * The browser tests' one launcher and one site fixture. `launchChromium()` is the only way a test starts a
 * browser: headless Chromium through playwright-core, at `CHROMIUM_PATH` or Debian's /usr/bin/chromium
 * (`scripts/ensure-browser.ts`, which fails with a clear message where none is installed), with the shared
 * arguments. `startSite()` serves the site built by the global setup with the shared static server (and the
 * site's `_headers`) and opens pages that collect console errors, uncaught exceptions and CSP violations;
 * `useSite()` registers its start and close as the test file's `beforeAll`/`afterAll` hooks.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/ensure-browser.ts';
import { OUT } from './built-site.ts';
import { serveStatic, type ServeOptions } from './static-server.ts';

/** Headless Chromium at `CHROMIUM_PATH` (or the system one), with the arguments every browser test uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS, headless: true });
}

export interface Site {
  /** Origin of the local server (`http://127.0.0.1:<port>`). */
  base: string;
  browser: Browser;
  /** A fresh page; `errors` collects console errors (CSP violations among them) and uncaught exceptions. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; errors: string[]; status: number | undefined }>;
  close(): Promise<void>;
}

/** The built site (or `root`) on a loopback server, and one browser to look at it. */
export async function startSite(root: string = OUT, serve: ServeOptions = {}): Promise<Site> {
  const server = await serveStatic(root, serve);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
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

/**
 * Starts the site and its browser before the file's tests and closes both after them; the handle it returns
 * is usable inside tests and later hooks (hooks run in the order they are registered).
 */
export function useSite(root: string = OUT, serve: ServeOptions = {}): Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite(root, serve);
  });
  afterAll(async () => {
    await site?.close();
  });
  const current = (): Site => {
    if (!site) throw new Error('useSite(): trang chỉ chạy sau beforeAll; hãy dùng nó trong một bài kiểm thử hoặc một hook đăng ký sau.');
    return site;
  };
  return {
    get base() {
      return current().base;
    },
    get browser() {
      return current().browser;
    },
    open: (path, options) => current().open(path, options),
    close: () => current().close(),
  };
}
