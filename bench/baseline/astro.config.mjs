// @ts-check
/**
 * The benchmark's baseline: a bare Astro project that renders the same generated records as minimal
 * pages (glob loader, Markdown body, no images, no layout, no integrations), built by `build.mjs`, which
 * then indexes the pages with Pagefind as the site does. `scripts/bench.ts` builds it with CONTENT_DIR
 * pointing at generated content and compares the full site with it.
 * It gets every speed-up plain Astro offers for these scenarios: the same page concurrency as the site
 * (BUILD_CONCURRENCY, default 8) and incremental builds, which skip a page whose `getStaticPaths` entry
 * has an unchanged `cacheKey` (the content entry's digest) while the cache and output directories are kept.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache',
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8) },
  experimental: { incrementalBuild: true },
});
