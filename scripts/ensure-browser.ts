/**
 * Makes sure a headless Chromium exists for the browser tests, without downloading a browser build:
 * uses CHROMIUM_PATH or Debian's /usr/bin/chromium, and when it is missing on a Debian/Ubuntu machine
 * where we are root, installs it with `apt-get install -y chromium fonts-noto-core` (Noto has the
 * Vietnamese glyphs). Run directly (`node scripts/ensure-browser.ts`, used by .ci/run) or imported by
 * the e2e tests' global setup.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureBrowser(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'Chromium không có sẵn cho kiểm thử trình duyệt. Cài bằng: sudo apt-get install -y chromium fonts-noto-core ' +
        '(hoặc đặt CHROMIUM_PATH trỏ tới một Chromium/Chrome có sẵn).',
    );
  }
  log('Chromium missing: apt-get install -y chromium fonts-noto-core');
  for (const args of [['update'], ['install', '-y', 'chromium', 'fonts-noto-core']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium but no binary was found at /usr/bin/chromium');
  return installed;
}

if (import.meta.main) console.log(`Chromium: ${ensureBrowser()}`);
