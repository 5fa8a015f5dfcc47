/**
 * Lighthouse CI (`npm run lighthouse`): home, one initiative page, the A–Z index and search, with Lighthouse's
 * default mobile preset (emulated mid-range phone, throttled 4G), on the system Chromium (no browser download).
 * Serves the built site from LHCI_DIST (default dist/). Not part of `npm test`: scores depend on the
 * machine's load (under load headless Chromium was seen to paint two seconds after the page had loaded), so each page
 * is measured three times (Lighthouse CI's default) and asserted on its best run. Reports go to .tmp/lighthouse/.
 */
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const dist = process.env.LHCI_DIST || 'dist';

/**
 * The initiative page measured: the first, in slug order, of the built pages under /sang-kien/ that render an
 * initiative (`<article class="initiative"`), so never a listing (/sang-kien/a-z/, /sang-kien/trang/…) or a tombstone.
 */
function initiativePage(root) {
  const dir = join(root, 'sang-kien');
  const slug = !existsSync(dir) ? undefined : readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()
    .find((name) => /<article class="initiative"[\s>]/.test(readFileSync(join(dir, name, 'index.html'), 'utf8')));
  if (!slug) throw new Error(`Không tìm thấy trang sáng kiến nào trong ${dir}: hãy dựng trang trước (npm run build).`);
  return `/sang-kien/${slug}/`;
}

module.exports = {
  ci: {
    collect: {
      staticDistDir: dist,
      url: ['/', initiativePage(dist), '/sang-kien/a-z/', '/tim-kiem/'].map((p) => `http://localhost${p}`),
      numberOfRuns: 3,
      chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      settings: { chromeFlags: '--no-sandbox --disable-gpu --headless=new' },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.95 }],
        'categories:accessibility': ['error', { minScore: 1 }],
        'categories:best-practices': ['error', { minScore: 0.95 }],
        'categories:seo': ['error', { minScore: 1 }],
        'cumulative-layout-shift': ['error', { maxNumericValue: 0.05 }],
      },
    },
    upload: { target: 'filesystem', outputDir: '.tmp/lighthouse' },
  },
};
