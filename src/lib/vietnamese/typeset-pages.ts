/**
 * Typography for the built site, applied to the page files once Astro has written them (the `mlsk:typeset`
 * integration, `src/integrations/typeset.ts`), instead of inside each page's render:
 * - a page's render no longer copies its whole body once more for the typesetter, so the rendering thread, the
 *   critical path of a build, does less (docs/performance.md, rounds 11–12);
 * - the pages are typeset on worker threads after rendering, when Astro's heap no longer grows, so the threads do
 *   not take the second core from the garbage collector while pages render (round 9);
 * - the typography stays where it belongs: in the HTML shown to people, never in the data (exports, feeds,
 *   structured data and search records keep the text as written).
 *
 * What is typeset is what the layout wraps: the `<body>` of each page (never the head, whose title and metadata
 * are read by machines too). The dev server has no build step, so there `src/components/Typeset.astro` typesets
 * while rendering, with the same function.
 *
 * Which files: those that are not as the last complete typesetting left them. The step records each page's size
 * and modification time once typeset (`TypesetState`); a page Astro keeps in place from the previous build
 * ("cached") still matches, a page it renders or restores from its cache (where pages are kept as rendered) does
 * not. Not "newer than the last run": copying a file keeps its time on some systems (macOS), so a page restored from
 * Astro's cache may carry an old time, and some file systems keep times to the second only. A build stopped before
 * the step completed leaves the state as it was, so the next build typesets its pages too. A change to the
 * typography rules re-renders every page (they are part of every page's cache key, `routes/cache-keys.ts`), so no
 * kept page carries the old rules.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { typesetHtml } from './typography.ts';

/** Folders of the output that are not the site's pages: the web editor's third-party bundle, the search index. */
const NOT_PAGES = ['admin/', 'pagefind/'];

/** Typography for one page: its body only (from `<body`), the head left as written. */
export function typesetPage(html: string): string {
  const start = html.indexOf('<body');
  if (start < 0) return html;
  const body = html.slice(start);
  const typeset = typesetHtml(body);
  return typeset === body ? html : html.slice(0, start) + typeset;
}

/** Each page of `dir` (`.html`, relative, `/`-separated) with its size and modification time, `size:mtimeMs`. */
export function pageStamps(dir: string, files?: readonly string[]): Map<string, string> {
  const stamps = new Map<string, string>();
  const list = files ?? (readdirSync(dir, { recursive: true }) as string[]).map((name) => name.split(sep).join('/')).filter(isPage);
  for (const file of list) {
    const s = statSync(join(dir, file));
    stamps.set(file, `${s.size}:${s.mtimeMs}`);
  }
  return stamps;
}

const isPage = (file: string) => file.endsWith('.html') && !NOT_PAGES.some((folder) => file.startsWith(folder));

/** The pages (sorted) whose stamp differs from the one the last typesetting left: every page without one. */
export function pagesToTypeset(stamps: ReadonlyMap<string, string>, typeset: ReadonlyMap<string, string> | undefined): string[] {
  return [...stamps].filter(([file, stamp]) => typeset?.get(file) !== stamp).map(([file]) => file).sort();
}

/** Typesets each page file in place (written only when it changes); returns how many changed. */
export function typesetFiles(dir: string, files: readonly string[]): number {
  let changed = 0;
  for (const file of files) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    const typeset = typesetPage(html);
    if (typeset !== html) {
      writeFileSync(path, typeset);
      changed++;
    }
  }
  return changed;
}

/** What the last complete typesetting of an output folder left, kept in Astro's cache folder. */
export interface TypesetState {
  /** The output folder it typeset (absolute). */
  outDir: string;
  /** Each page it left, by path, with its stamp (`pageStamps`). */
  pages: Record<string, string>;
}

/** The stamps of the pages as typeset in `outDir`; undefined (every page is to be typeset) without a state for it. */
export function typesetStamps(state: TypesetState | undefined, outDir: string): Map<string, string> | undefined {
  return state && state.outDir === outDir ? new Map(Object.entries(state.pages)) : undefined;
}

export function readTypesetState(file: string): TypesetState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<TypesetState>;
    return typeof state.outDir === 'string' && state.pages && typeof state.pages === 'object' ? { outDir: state.outDir, pages: state.pages } : undefined;
  } catch {
    return undefined;
  }
}

export function writeTypesetState(file: string, state: TypesetState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state)}\n`);
}
