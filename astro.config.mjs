// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { decapAdmin } from './src/integrations/decap-admin.ts';
import { sharing } from './src/integrations/sharing.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { typeset } from './src/integrations/typeset.ts';
import { hasMark } from './src/lib/routes/page-marks.ts';
import { SITE_URL, astroCacheDir } from './src/lib/config.ts';

const font = (/** @type {string} */ subset, /** @type {number} */ weight, /** @type {string[]} */ range) => ({
  src: /** @type {[string]} */ ([`./node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`]),
  weight,
  style: /** @type {const} */ ('normal'),
  unicodeRange: /** @type {[string, ...string[]]} */ (range),
});
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const VIETNAMESE = ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'];

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // The default mode was seen to glue inline words together in Vietnamese text.
  compressHTML: true,
  // Survives `npm ci`, which wipes node_modules/.astro; one per content folder (lib/config.ts).
  cacheDir: astroCacheDir(),
  // Tests and benchmarks build into their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  // Pages rendered at once. Rendering is one thread either way, but with one page at a time the thread
  // waits for every file write and card read; 8 overlaps them (1k-record rebuild: page generation 21–24 s →
  // 16 s, README "Performance → Round 3"). BUILD_CONCURRENCY overrides it.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8) },
  fonts: [
    {
      name: 'Be Vietnam Pro',
      cssVariable: '--font-body',
      provider: fontProviders.local(),
      fallbacks: ['Arial', 'sans-serif'],
      optimizedFallbacks: true,
      // Used only if a face is there at first paint (preloaded by Base.astro, or cached), never swapped in later:
      // a late swap re-wrapped the header's menu at 390 px and moved whole pages (layout shift 0.09–0.11 on
      // /sang-kien/a-z/ in Lighthouse's mobile run, 0.28 with a slow font). README, "Lighthouse".
      display: 'optional',
      options: {
        variants: [font('latin', 400, LATIN), font('vietnamese', 400, VIETNAMESE), font('latin', 700, LATIN), font('vietnamese', 700, VIETNAMESE)],
      },
    },
  ],
  // Content-Security-Policy as a <meta> on every page, with hashes of the inline styles Astro emits
  // (no 'unsafe-inline'); Pagefind needs 'wasm-unsafe-eval'. HTTP-only headers: public/_headers.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages whose getStaticPaths() entry carries a cacheKey (src/lib/routes/page-data.ts) are restored from the previous
    // build when the key and their code are unchanged; needs `.cache/astro` kept between builds (README,
    // "Incremental builds").
    incrementalBuild: true,
    // The content store in 1 MiB chunks: one file fails as a single string past a few hundred MB, and reading
    // it back grew quadratically (README, Performance).
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  // No code blocks in editors' prose; Shiki's inline styles would also break the CSP above.
  markdown: { syntaxHighlight: false },
  // Pages marked noindex (from their data, lib/routes/page-marks.ts) stay out of the sitemap.
  // pruneOutput first: it deletes what this build did not produce before the others write their files.
  integrations: [pruneOutput(), typeset(), contentGuard(), mdx(), sharing(), sitemap({ filter: (page) => !hasMark('noindex', new URL(page).pathname) }), decapAdmin()],
  vite: {
    build: {
      // The output folder is kept between builds: unchanged pages stay in place instead of being deleted and copied
      // back from Astro's cache; what a build no longer produces is removed by pruneOutput().
      emptyOutDir: false,
      rollupOptions: {
        // Astro 7 + MDX emits one MODULE_LEVEL_DIRECTIVE warning per MDX file for its own
        // "use astro:head-inject" marker; it is harmless and would drown real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
