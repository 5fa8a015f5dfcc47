/**
 * Search benchmark: the size of the Pagefind index of a built site, and the time from the last keystroke
 * to results on /tim-kiem/ in headless Chromium (the tests' browser: CHROMIUM_PATH or Debian's /usr/bin/chromium), first query (cold: loads
 * Pagefind and the index chunks it needs) and a second query on the same page (warm).
 *
 *   node scripts/bench-search.ts [site-dir=dist] [runs=5] [--phone]
 *
 * `--phone` measures as on a cheap phone on a slow connection: the CPU slowed 4× and Lighthouse's "slow 4G"
 * network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), through Chromium's DevTools protocol.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../test/helpers/static-server.ts';
import { CHROMIUM_ARGS, ensureBrowser } from './ensure-browser.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const phone = process.argv.includes('--phone');
const site = resolve(args[0] ?? 'dist');
const runs = Number(args[1] ?? 5);
const QUERIES = [
  ['dien mat troi', 'dong da'],
  ['hanh chinh', 'thuy loi'],
  ['giang bien', 'nong nghiep'],
];

function sizeOf(dir: string): { bytes: number; files: number; fragments: number; fragmentBytes: number } {
  let bytes = 0;
  let files = 0;
  let fragments = 0;
  let fragmentBytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (!s.isFile()) continue;
    bytes += s.size;
    files += 1;
    if (name.split(/[\\/]/).includes('fragment')) {
      fragments += 1;
      fragmentBytes += s.size;
    }
  }
  return { bytes, files, fragments, fragmentBytes };
}

/** Type a query and return ms from the last keystroke to the results count being updated. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.fill('#search-q', '');
  await page.evaluate(() => {
    const w = window as unknown as { lastInput: number; shownAt: number };
    w.shownAt = 0;
    document.querySelector('#search-q')!.addEventListener('input', () => (w.lastInput = performance.now()));
    new MutationObserver(() => (w.shownAt = performance.now())).observe(document.querySelector('[data-search-count]')!, { childList: true, characterData: true, subtree: true });
  });
  await page.focus('#search-q');
  await page.keyboard.type(query, { delay: 60 });
  await page.waitForFunction(() => (window as unknown as { shownAt: number }).shownAt > 0 && document.querySelectorAll('[data-search-results] li').length > 0, undefined, { timeout: 120_000 });
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const w = window as unknown as { lastInput: number; shownAt: number };
    return w.shownAt - w.lastInput;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveStatic(site);
// The tests' browser and arguments (CHROMIUM_PATH honoured; a clear error when no Chromium is installed).
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const cold: number[] = [];
const warm: number[] = [];
const transferred: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const [first, second] = QUERIES[i % QUERIES.length]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    if (phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    }
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/tim-kiem/`);
    cold.push(await typeAndTime(page, first!));
    warm.push(await typeAndTime(page, second!));
    transferred.push(bytes);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const index = sizeOf(join(site, 'pagefind'));
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
console.log(`index: ${kb(index.bytes)} in ${index.files} files (${index.fragments} fragments, ${kb(index.fragmentBytes)})`);
console.log(`search files loaded for two queries (median of ${runs}): ${kb(median(transferred))}`);
console.log(`last keystroke → results${phone ? ' (CPU 4× slower, slow 4G)' : ''}, median of ${runs}: first query ${Math.round(median(cold))} ms, second query ${Math.round(median(warm))} ms (includes the 200 ms typing pause)`);
