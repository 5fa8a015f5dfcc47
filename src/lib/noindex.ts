/**
 * The pages that ask search engines not to index them (tombstones, verification pages, embeds, forwarding
 * pages, 404), recorded while they are rendered by the one component that writes the robots tag
 * (`components/head/Noindex.astro`). The sitemap leaves them out.
 *
 * Astro renders pages from its own bundle of this module, in the same process as the integrations that
 * read the set, so the set lives on `globalThis` under a registered symbol rather than in module state.
 * Before this, the build read back the head of every written page to find the tag: 4 s at 10,000
 * initiatives, 72 s at 50,000 (README, Performance).
 */
const KEY = Symbol.for('mlsk.noindexPaths');

type Registry = typeof globalThis & { [KEY]?: Set<string> };

function registry(): Set<string> {
  const g = globalThis as Registry;
  return (g[KEY] ??= new Set<string>());
}

/** Record that the page at `pathname` (`/sang-kien/x/`) carries `noindex`. */
export function markNoindex(pathname: string): void {
  registry().add(pathname);
}

/** Whether the page at `pathname` was rendered with `noindex` in this build. */
export function isNoindex(pathname: string): boolean {
  return registry().has(pathname);
}

/** How many pages were rendered with `noindex` in this build. */
export function noindexCount(): number {
  return registry().size;
}

/** Forget the previous build's pages (a build started again in the same process). */
export function resetNoindex(): void {
  registry().clear();
}
