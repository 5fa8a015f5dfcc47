/**
 * Runs real queries against a built Pagefind index from Node: loads the site's own `pagefind.js`
 * and serves its fetches from the folder on disk. Queries go through the same folding as the search
 * page script (`foldForSearch`) unless `raw` is set.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldForSearch } from '../../src/lib/search/query.ts';

export interface Hit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Open the index of a built site, with the shards its search page merges. */
export async function openIndex(siteDir: string) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://site.invalid/').pathname;
    if (!path.startsWith('/pagefind/')) return realFetch(input);
    try {
      return new Response(await readFile(join(siteDir, decodeURIComponent(path))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  const pf = (await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await pf.options({ basePath: '/pagefind/', excerptLength: 0 });
  // The shards the search page merges (`data-pagefind-merge`), read from the built page as a browser would.
  const page = await readFile(join(siteDir, 'tim-kiem/index.html'), 'utf8').catch(() => '');
  const merge = /data-pagefind-merge="([^"]*)"/.exec(page)?.[1]?.split(' ').filter(Boolean) ?? [];
  for (const shard of merge) await pf.mergeIndex(shard);
  await pf.init();
  return {
    /** URLs and data of every result for a query (folded like the search page does, unless raw). */
    async search(query: string | null, filters: Record<string, string> = {}, raw = false): Promise<Hit[]> {
      const term = query === null ? null : raw ? query : foldForSearch(query);
      const found = await pf.search(term, { filters });
      return Promise.all(found.results.map((r) => r.data()));
    },
    async urls(query: string | null, filters: Record<string, string> = {}, raw = false): Promise<Set<string>> {
      return new Set((await this.search(query, filters, raw)).map((h) => h.url));
    },
    filters: () => pf.filters(),
    close() {
      globalThis.fetch = realFetch;
    },
  };
}
