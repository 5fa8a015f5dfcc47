/**
 * Build step after Astro: the search index, from the records Astro wrote to `<site>/pagefind/records.json`
 * (`pages/pagefind/records.json.ts`), written with Pagefind's Node API (`addCustomRecord`) into
 * `<site>/pagefind/`, which replaces the records file. Run by `scripts/build.ts` in its own step, once Astro
 * has exited, so that Pagefind's memory never adds to Astro's. Records are added in URL order, so the same
 * content gives the same index bytes. Node-only.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { IndexRecord } from './search-records.ts';

export const RECORDS_FILE = 'pagefind/records.json';

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Không tạo được chỉ mục tìm kiếm:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchIndexStats {
  records: number;
  outputPath: string;
}

/** Index the records of the site built in `dir` into `<dir>/pagefind/`. Throws `SearchIndexError` on any problem. */
export async function buildSearchIndex(dir: string): Promise<SearchIndexStats> {
  const file = join(dir, RECORDS_FILE);
  const records = JSON.parse(await readFile(file, 'utf8').catch(() => { throw new SearchIndexError([`Thiếu ${file}: chạy "npm run build" (astro build rồi tạo chỉ mục).`]); })) as IndexRecord[];
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) throw new SearchIndexError(created.errors.length ? created.errors : ['Pagefind không khởi động được.']);
  const { index } = created;
  const problems: string[] = [];
  try {
    // Pagefind handles requests in the order received: send in batches without waiting for each answer.
    const BATCH = 256;
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: 'vi', meta: r.meta, filters: r.filters })));
      added.forEach((a, k) => a.errors.forEach((e) => problems.push(`${batch[k]!.url}: ${e}`)));
    }
    if (problems.length) throw new SearchIndexError(problems);
    const outputPath = join(dir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return { records: records.length, outputPath };
  } finally {
    await pagefind.close();
  }
}
