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
 * Which files: those written since the last complete typesetting (`TypesetState`), by modification time. A page
 * Astro keeps from the previous build ("cached") was typeset then; a page it renders or restores from its cache
 * (where pages are kept as rendered) is new. A build stopped before the step completed leaves the state as it was,
 * so the next build typesets its pages too. A change to the typography rules re-renders every page (they are part
 * of every page's cache key, `routes/cache-keys.ts`), so no kept page carries the old rules.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { typesetHtml } from './typography.ts';

/** Folders of the output that are not the site's pages: the web editor's third-party bundle, the search index. */
const NOT_PAGES = ['admin/', 'pagefind/'];

/**
 * A file's time may be coarser than the clock (1–2 s on some file systems): a page written that long after the
 * last typesetting could carry an earlier time. Pages from that window are typeset again (it changes nothing).
 */
export const CLOCK_MARGIN_MS = 2_000;

/** Typography for one page: its body only (from `<body`), the head left as written. */
export function typesetPage(html: string): string {
  const start = html.indexOf('<body');
  if (start < 0) return html;
  const body = html.slice(start);
  const typeset = typesetHtml(body);
  return typeset === body ? html : html.slice(0, start) + typeset;
}

/**
 * The pages (`.html`, relative to `dir`, `/`-separated, sorted) modified after `since` (ms since the epoch);
 * every page when `since` is undefined.
 */
export function pagesToTypeset(dir: string, since: number | undefined): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.html')) continue;
    const file = name.split(sep).join('/');
    if (NOT_PAGES.some((folder) => file.startsWith(folder))) continue;
    if (since === undefined || statSync(join(dir, name)).mtimeMs > since - CLOCK_MARGIN_MS) pages.push(file);
  }
  return pages.sort();
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
  /** When it completed (ms since the epoch). */
  completedAt: number;
}

/** The time after which the pages of `outDir` may be untypeset; undefined (all of them) without a state for it. */
export function typesetSince(state: TypesetState | undefined, outDir: string): number | undefined {
  return state && state.outDir === outDir ? state.completedAt : undefined;
}

export function readTypesetState(file: string): TypesetState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<TypesetState>;
    return typeof state.outDir === 'string' && typeof state.completedAt === 'number' ? { outDir: state.outDir, completedAt: state.completedAt } : undefined;
  } catch {
    return undefined;
  }
}

export function writeTypesetState(file: string, state: TypesetState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state)}\n`);
}
