/**
 * Shared rules of the quality gates: which built pages are editor tools (outside the public budgets),
 * where scripts are allowed, and one sample page per template discovered from the build output.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './built-site.ts';

/** Editors' tool (Decap CMS): not a public page, outside budgets and the accessibility sweep. */
export const EDITOR_TOOLS = ['/admin/'];

/** The only public page allowed to ship JavaScript (Pagefind). */
export const SCRIPT_PAGES = ['/tim-kiem/'];

export const isEditorTool = (url: string) => EDITOR_TOOLS.some((p) => url.startsWith(p));

/** Route pattern of a URL path: first segment, depth, and numeric segments as `#` (`/sang-kien/2/` ≠ `/sang-kien/x/`). */
export function templateKey(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return `/${parts.map((p, i) => (i === 0 ? p : /^\d+$/.test(p) ? '#' : '*')).join('/')}/`;
}

/** The first page (in sorted order) of each route pattern, editor tools excluded. */
export function onePagePerTemplate(pages: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const url of [...pages].sort()) {
    if (isEditorTool(url)) continue;
    const key = url.endsWith('.html') ? url : templateKey(url);
    if (!out.has(key)) out.set(key, url);
  }
  return out;
}

/** File of the built output a same-site URL path points to, or undefined if there is none. */
export function targetFile(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const file = join(OUT, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}
