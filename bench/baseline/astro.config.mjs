// @ts-check
/**
 * The benchmark's baseline: a bare Astro project that renders the same generated records as minimal
 * pages (glob loader, Markdown body, no images, no layout, no integrations). `scripts/bench.ts` builds it
 * with CONTENT_DIR pointing at generated content and compares the full site with it.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache',
});
