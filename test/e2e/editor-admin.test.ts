/**
 * The web editor really runs: /admin/ of the built site, opened in Chromium with Decap's local
 * backend (`decap-server`, as documented for editors), logs in, and lists the initiatives of the
 * content folder by title. The config is the generated one; only the local backend's port is changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../../scripts/ensure-browser.ts';
import { parse, stringify } from 'yaml';
import { CONTENT, OUT, ROOT } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.yml': 'text/yaml', '.wasm': 'application/wasm' };
let site: Server;
let cms: ChildProcess;
let browser: Browser;
let sitePort = 0;
let cmsPort = 0;

async function freePort(): Promise<number> {
  const s = createServer().listen(0);
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

beforeAll(async () => {
  site = createServer(async (req, res) => {
    let p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    try {
      const body = await readFile(join(OUT, p));
      res.setHeader('content-type', TYPES[extname(p)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((r) => site.once('listening', r));
  sitePort = (site.address() as AddressInfo).port;
  cmsPort = await freePort();
  cms = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    // MODE=fs is decap-server's default, set explicitly because Vitest sets MODE=test.
    env: { ...process.env, MODE: 'fs', PORT: String(cmsPort), GIT_REPO_DIRECTORY: ROOT, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  cms.stdout!.on('data', (d) => (serverLog += d));
  cms.stderr!.on('data', (d) => (serverLog += d));
  // decap-server takes a few seconds to start on a busy machine; Decap looks for it only once.
  let ready = false;
  for (let i = 0; i < 300 && !ready; i++) {
    ready = await fetch(`http://localhost:${cmsPort}/api/v1`, { method: 'POST', body: '{"action":"info"}', headers: { 'content-type': 'application/json' } }).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) throw new Error(`decap-server did not start:\n${serverLog}`);
  // The shared launcher's browser and arguments (CHROMIUM_PATH honoured; a clear error when none is installed).
  browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  cms?.kill();
  site?.close();
});

describe('/admin/ in a browser with the local backend', () => {
  it('logs in and lists the initiatives by title, without script errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const log: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => log.push(m.text()));
    await page.route('**/admin/config.yml', async (route) => {
      const config = parse(await readFile(join(OUT, 'admin/config.yml'), 'utf8'));
      config.local_backend = { url: `http://localhost:${cmsPort}/api/v1` };
      await route.fulfill({ contentType: 'text/yaml', body: stringify(config) });
    });
    await page.goto(`http://localhost:${sitePort}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click({ timeout: 30_000 });
    // Decap lists entries alphabetically by its own rules; any published initiative title will do.
    const titles = readCollection(CONTENT, 'initiatives').map((e) => e.data.title as string);
    await page.goto(`http://localhost:${sitePort}/admin/#/collections/initiatives`);
    await page.waitForFunction((ts) => ts.some((t) => document.body.innerText.includes(t)), titles, { timeout: 30_000 }).catch(async (e) => {
      await page.screenshot({ path: join(ROOT, 'test/.out/admin-failure.png') });
      throw new Error(`${e}\n${(await page.locator('body').innerText()).slice(0, 600)}\n${log.join('\n')}`);
    });
    const body = await page.locator('body').innerText();
    expect(titles.filter((t) => body.includes(t)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(log.some((l) => l.includes('Detected Decap CMS Proxy Server'))).toBe(true);
    await page.close();
  });
});
