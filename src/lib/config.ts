/** Build-wide settings read from the environment, in one place. */
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/** Folder holding the content (default `content/`; `CONTENT_DIR` points the build at generated or fixture content). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

/**
 * Astro's cache (`ASTRO_CACHE_DIR`): the content store, optimised images and the incremental build's copy of the
 * last output. Default `.cache/astro` for the shipped content, and a folder of its own for any other content
 * folder (`.cache/astro-<hash>`), so that builds of different content (tests, benchmarks) never share one.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.ASTRO_CACHE_DIR) return resolve(env.ASTRO_CACHE_DIR);
  const content = contentDir(env);
  if (content === resolve('content')) return resolve('.cache/astro');
  return resolve(`.cache/astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
}

/**
 * Cache of the preview images (`OG_CACHE_DIR`, default `og/` next to Astro's own cache), so that one variable
 * keeps or drops every build cache together.
 */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.OG_CACHE_DIR) return resolve(env.OG_CACHE_DIR);
  const astro = astroCacheDir(env);
  // `.cache/astro` → `.cache/og`, `.cache/astro-<hash>` → `.cache/og-<hash>`, `<dir>/astro` → `<dir>/og`.
  return join(dirname(astro), basename(astro).replace(/^astro/, 'og'));
}

/** Folder the site is built into (`OUT_DIR`, default `dist/`; tests and benchmarks build into their own). */
export function outDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.OUT_DIR ?? 'dist');
}

/** Cache of the search index's shards (`SEARCH_CACHE_DIR`, default `search…` next to Astro's own cache). */
export function searchCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.SEARCH_CACHE_DIR) return resolve(env.SEARCH_CACHE_DIR);
  const astro = astroCacheDir(env);
  return join(dirname(astro), basename(astro).replace(/^astro/, 'search'));
}

/**
 * Records per search index shard (`SEARCH_SHARD_RECORDS`, default 20,000): one index up to this many, then
 * several, merged by the search page (see `lib/search/records.ts`). The tests use 30 to go through shards.
 */
export function searchShardRecords(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.SEARCH_SHARD_RECORDS ?? 20_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_SHARD_RECORDS must be a positive integer, got ${env.SEARCH_SHARD_RECORDS}`);
  return n;
}

/** Public origin of the site, used for canonical URLs, feeds and QR codes. */
export const SITE_URL = process.env.SITE_URL ?? 'https://sangkien.hanoi.example';

/** The collections, each a folder under the content directory. */
export const COLLECTIONS = {
  campaigns: 'campaigns',
  initiatives: 'initiatives',
  units: 'units',
  exhibitions: 'exhibitions',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * Which files of a collection folder are entries: Markdown and MDX, except any path with a part starting with `_`
 * (drafts, partials) or `.`. One definition for the collections' loaders (`content.config.ts`) and the validator's
 * file walk (`validation/files.ts`), so both always see the same files.
 */
export const CONTENT_FILES = { include: '**/*.{md,mdx}', exclude: ['**/_*', '**/.*'] } as const;

/**
 * Where "Báo cáo sai sót" sends a correction request: an e-mail address (`mailto:…`) or an
 * issue tracker's "new issue" address (`https://…/issues/new`). Set `CORRECTIONS_TARGET` at build time.
 */
export const CORRECTIONS_TARGET = process.env.CORRECTIONS_TARGET ?? 'mailto:sangkien@hanoi.example';

/** Git repository the web editor (/admin/, Decap CMS) commits to, as `owner/name`, and its branch. */
export const EDITOR_REPO = process.env.EDITOR_REPO ?? 'mang-luoi-sang-kien/noi-dung';
export const EDITOR_BRANCH = process.env.EDITOR_BRANCH ?? 'main';
