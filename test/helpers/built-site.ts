/** Access to the site built by test/build/global-setup.ts: pages as parsed HTML, and the content it came from. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'test/.out/site');
export const CONTENT = join(ROOT, 'content');
export const TODAY = '2026-11-23';
export const BUILD_ENV = {
  CONTENT_DIR: CONTENT,
  OUT_DIR: OUT,
  SITE_TODAY: TODAY,
  ASTRO_TELEMETRY_DISABLED: '1',
  // 82 records in shards of 30: the search tests go through an index in three shards, merged as the page does.
  SEARCH_SHARD_RECORDS: '30',
};

/** Path of the built file for a URL path (`/sang-kien/x/` → …/sang-kien/x/index.html). */
export function builtFile(urlPath: string): string {
  const clean = urlPath.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? join(OUT, clean, 'index.html') : join(OUT, clean);
}

export function exists(urlPath: string): boolean {
  return existsSync(builtFile(urlPath));
}

export function html(urlPath: string): string {
  return readFileSync(builtFile(urlPath), 'utf8');
}

export function page(urlPath: string): HTMLElement {
  return parse(html(urlPath));
}

/**
 * Visible text of an element, whitespace collapsed (non-breaking spaces too), and a spaced en dash read back as
 * the spaced hyphen editors type (" – " ← " - "), so facts compare with content strings. Typography itself is
 * tested on raw HTML in test/build/vietnamese-text.test.ts.
 */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').replace(/ – /g, ' - ').trim();
}

/** Every built HTML page as a URL path. The web editor (`/admin/`, a third-party app for editors) is not a page of the site. */
export function allPages(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(OUT, { recursive: true }) as string[]) {
    if (!name.endsWith('.html') || name.startsWith('admin/') || name.startsWith('admin\\')) continue;
    const rel = relative(OUT, join(OUT, name)).split('\\').join('/');
    out.push(`/${rel.replace(/index\.html$/, '')}`);
  }
  return out.sort();
}

export function buildLog(): string {
  return readFileSync(join(ROOT, 'test/.out/build.log'), 'utf8');
}
