/**
 * Marks on pages for the build steps that run after Astro has written the site, so that those steps need not
 * read every written page back. One mark today, `noindex`: the page asks search engines not to index it
 * (tombstones, verification pages, embeds, forwarding pages, 404); the sitemap leaves these out.
 * Pages with a cache key are marked from their data, in `getStaticPaths()` (`lib/page-data.ts`), which runs on
 * every build: a page restored by the incremental build runs none of its code, so a mark left while rendering
 * would be missing for it. Pages without a key render on every build and are marked as they render by the one
 * component that writes the robots tag (`components/head/Noindex.astro`).
 *
 * Astro renders pages from its own bundle of this module, in the same process as the integrations that
 * read the marks, so the marks live on `globalThis` under a registered symbol rather than in module state.
 */
export type PageMark = 'noindex';

const KEY = Symbol.for('mlsk.pageMarks');

type Registry = typeof globalThis & { [KEY]?: Map<PageMark, Set<string>> };

function marks(mark: PageMark): Set<string> {
  const g = globalThis as Registry;
  const all = (g[KEY] ??= new Map());
  let set = all.get(mark);
  if (!set) all.set(mark, (set = new Set()));
  return set;
}

/** Record that the page at `pathname` (`/sang-kien/x/`) carries `mark`. */
export function markPage(mark: PageMark, pathname: string): void {
  marks(mark).add(pathname);
}

/** Whether the page at `pathname` was rendered with `mark` in this build. */
export function hasMark(mark: PageMark, pathname: string): boolean {
  return marks(mark).has(pathname);
}

/** The paths of the pages rendered with `mark` in this build, sorted. */
export function markedPages(mark: PageMark): string[] {
  return [...marks(mark)].sort();
}

/** Forget the marks of a previous build (a build started again in the same process). */
export function clearMarks(mark: PageMark): void {
  marks(mark).clear();
}
