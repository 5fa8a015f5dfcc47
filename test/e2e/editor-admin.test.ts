/**
 * The web editor really runs: /admin/ of the built site, opened in Chromium with Decap's local
 * backend (`decap-server`, as documented for editors), logs in, and lists the initiatives of the
 * content folder by title. The config is the generated one; only the local backend's port is changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CONTENT, OUT, ROOT } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { useSite } from '../helpers/browser.ts';

// The site's `_headers` stay off here: their `connect-src 'self'` forbids the local backend on another port.
const site = useSite(OUT, { siteHeaders: false });
let cms: ChildProcess;
let cmsPort = 0;

async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Resolves once decap-server answers (asked every 200 ms for up to a minute); fails with its log if it exits or never does. */
async function waitForCms(log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://localhost:${cmsPort}/api/v1`, { method: 'POST', body: '{"action":"info"}', headers: { 'content-type': 'application/json' } }).then((r) => r.ok, () => false);
    if (ok) return;
    if (cms.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`decap-server không khởi động được:\n${log()}`);
}

beforeAll(async () => {
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
  await waitForCms(() => serverLog);
});

afterAll(() => {
  cms?.kill();
});

describe('/admin/ in a browser with the local backend', () => {
  it('logs in and lists the initiatives by title, without script errors', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    const log: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => log.push(m.text()));
    await page.route('**/admin/config.yml', async (route) => {
      const config = parse(await readFile(join(OUT, 'admin/config.yml'), 'utf8'));
      config.local_backend = { url: `http://localhost:${cmsPort}/api/v1` };
      await route.fulfill({ contentType: 'text/yaml', body: stringify(config) });
    });
    await page.goto(`${site.base}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click({ timeout: 30_000 });
    // Decap lists entries alphabetically by its own rules; any published initiative title will do.
    const titles = readCollection(CONTENT, 'initiatives').map((e) => e.data.title as string);
    await page.goto(`${site.base}/admin/#/collections/initiatives`);
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
