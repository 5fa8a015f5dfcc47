/**
 * Build step: index the built pages with Pagefind's Node API (at `astro:build:done`) into `<outDir>/pagefind/`.
 * Indexed are the pages that rendered `<SearchIndexData>` inside their `data-pagefind-body` element:
 * initiative, unit, campaign and exhibition pages (listings, facet pages and tombstones have none; embargoed
 * records have no page). The build knows them from the marks they left while rendering (`lib/page-marks.ts`),
 * so only those files are read back; without a list (a folder built elsewhere, the unit tests) every HTML
 * file is read and those with `data-pagefind-body` are indexed. Each is folded to ASCII before indexing
 * (see `src/lib/search-html.ts`); the files on disk are not changed.
 * Any error reported by Pagefind, an indexed page without `<SearchIndexData>` or without `data-pagefind-body`,
 * or a tombstone among them stops the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { foldHtmlForIndex } from '../lib/search-html.ts';
import { clearMarks, markedPages } from '../lib/page-marks.ts';

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Không tạo được chỉ mục tìm kiếm:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchIndexStats {
  pages: number;
  /** Sum over pages of the distinct words in each page. */
  words: number;
  outputPath: string;
}

/** URL path of a built HTML file (`sang-kien/x/index.html` → `/sang-kien/x/`). */
function urlOf(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true })) as string[];
  return names
    .filter((n) => n.endsWith('.html') && !n.split(sep).includes('pagefind'))
    .map((n) => join(dir, n))
    .sort();
}

/** The HTML files of page paths (`/sang-kien/x/` → `<dir>/sang-kien/x/index.html`), in the order `htmlFiles` gives. */
function filesOfPages(dir: string, pages: readonly string[]): string[] {
  return pages
    .map((p) => `${p.replace(/^\//, '')}index.html`.split('/').join(sep))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Index the pages of a built site in `dir` into `<dir>/pagefind/`: the given page paths, or else every page
 * with `data-pagefind-body`. Throws `SearchIndexError` on any problem.
 */
export async function buildSearchIndex(dir: string, pages?: readonly string[]): Promise<SearchIndexStats> {
  const problems: string[] = [];
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) throw new SearchIndexError(created.errors.length ? created.errors : ['Pagefind không khởi động được.']);
  const { index } = created;
  let indexed = 0;
  let words = 0;
  try {
    const files = pages ? filesOfPages(dir, pages) : await htmlFiles(dir);
    const BATCH = 32;
    // Pagefind's output (fragment and index hashes) depends on the order pages are added, and builds must be
    // reproducible: pages are sent in path order. Its service handles them in the order received, so a batch
    // is sent without waiting for each answer, and the next batch is read and folded while it works.
    let inFlight: Promise<void> = Promise.resolve();
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = await Promise.all(
        files.slice(i, i + BATCH).map(async (file) => {
          const url = urlOf(dir, file);
          const html = await readFile(file, 'utf8').catch(() => undefined);
          if (html === undefined) {
            problems.push(`${url}: trang được đánh dấu để tìm kiếm nhưng không có tệp ${relative(dir, file)}.`);
            return undefined;
          }
          if (!html.includes('data-pagefind-body')) {
            if (pages) problems.push(`${url}: <SearchIndexData … /> nằm ngoài phần data-pagefind-body của trang.`);
            return undefined;
          }
          if (!html.includes('data-search-record')) {
            problems.push(`${url}: trang có data-pagefind-body nhưng thiếu <SearchIndexData … /> (siêu dữ liệu và bộ lọc tìm kiếm).`);
            return undefined;
          }
          if (html.includes('data-tombstone="true"')) {
            problems.push(`${url}: trang đã thu hồi công nhận không được đưa vào tìm kiếm.`);
            return undefined;
          }
          return { url, content: foldHtmlForIndex(html) };
        }),
      );
      await inFlight; // at most one batch waits in Pagefind's queue
      const pagesOfBatch = batch.filter((page) => page !== undefined);
      const sent = pagesOfBatch.map((page) => index.addHTMLFile(page));
      inFlight = Promise.all(sent).then((results) =>
        results.forEach((added, k) => {
          for (const e of added.errors) problems.push(`${pagesOfBatch[k]!.url}: ${e}`);
          indexed += 1;
          words += added.file?.uniqueWords ?? 0;
        }),
      );
    }
    await inFlight;
    if (problems.length) throw new SearchIndexError(problems);
    const outputPath = join(dir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return { pages: indexed, words, outputPath };
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'mlsk:search-index',
    hooks: {
      'astro:build:start': () => clearMarks('search'),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await buildSearchIndex(fileURLToPath(dir), markedPages('search'));
        logger.info(`Chỉ mục tìm kiếm: ${stats.pages} trang, ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
