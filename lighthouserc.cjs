/**
 * Lighthouse CI (`npm run lighthouse`): home, one initiative page and search, with Lighthouse's default
 * mobile preset (emulated mid-range phone, throttled 4G), on the system Chromium (no browser download).
 * Serves the built site from LHCI_DIST (default dist/). Not part of `npm test`: scores depend on the
 * machine's load. Reports go to .tmp/lighthouse/.
 */
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

const dist = process.env.LHCI_DIST || 'dist';
const detail = readdirSync(join(dist, 'sang-kien'), { withFileTypes: true }).filter((d) => d.isDirectory() && !/^\d+$/.test(d.name)).map((d) => d.name).sort()[0];

module.exports = {
  ci: {
    collect: {
      staticDistDir: dist,
      url: ['/', `/sang-kien/${detail}/`, '/tim-kiem/'].map((p) => `http://localhost${p}`),
      numberOfRuns: 1,
      chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      settings: { chromeFlags: '--no-sandbox --disable-gpu --headless=new' },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.95 }],
        'categories:accessibility': ['error', { minScore: 1 }],
        'categories:best-practices': ['error', { minScore: 0.95 }],
        'categories:seo': ['error', { minScore: 1 }],
      },
    },
    upload: { target: 'filesystem', outputDir: '.tmp/lighthouse' },
  },
};
