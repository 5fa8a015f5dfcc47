/**
 * Marks on pages for the build steps that run after Astro has written the site, so that those steps need not
 * read every written page back. One mark today, `noindex`: the page asks search engines not to index it
 * (tombstones, verification pages, embeds, forwarding pages, 404); the sitemap leaves these out.
 * Marks come from data, never from rendering: a route marks its pages in `getStaticPaths()` (`lib/routes/page-data.ts`),
 * which runs on every build, even for pages the incremental build restores without running their code; the static
 * pages that carry the tag are listed below (`STATIC_MARKS`). The sitemap's build test checks that every page with
 * the robots tag is marked and no other.
 *
 * This is the one registry of the build: routes are evaluated in Astro's page bundle, the sitemap filter in the
 * config's copy of this module, in the same process; so the marks live on `globalThis` under a registered symbol.
 */
import { paths } from './site.ts';

export type PageMark = 'noindex';

const KEY = Symbol.for('mlsk.pageMarks');

/** Static pages (no `getStaticPaths()`) that carry the robots tag. */
export const STATIC_MARKS: Readonly<Record<PageMark, readonly string[]>> = { noindex: ['/404/', paths.verifyNotFound()] };

type Registry = typeof globalThis & { [KEY]?: Map<PageMark, Set<string>> };

function marks(mark: PageMark): Set<string> {
  const g = globalThis as Registry;
  const all = (g[KEY] ??= new Map());
  let set = all.get(mark);
  if (!set) all.set(mark, (set = new Set(STATIC_MARKS[mark])));
  return set;
}

/** Record that the page at `pathname` (`/sang-kien/x/`) carries `mark`. */
export function markPage(mark: PageMark, pathname: string): void {
  marks(mark).add(pathname);
}

/** Whether the page at `pathname` carries `mark` in this build. */
export function hasMark(mark: PageMark, pathname: string): boolean {
  return marks(mark).has(pathname);
}

/** The paths of the pages that carry `mark` in this build, sorted. */
export function markedPages(mark: PageMark): string[] {
  return [...marks(mark)].sort();
}

/** Forget the marks of a previous build (a build started again in the same process); the static ones stay. */
export function clearMarks(mark: PageMark): void {
  const set = marks(mark);
  set.clear();
  for (const path of STATIC_MARKS[mark]) set.add(path);
}
