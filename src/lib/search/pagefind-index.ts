/**
 * Build step after Astro: the search index, from the records Astro wrote to `<site>/pagefind/records.json`
 * (`pages/pagefind/records.json.ts`), written with Pagefind's Node API (`addCustomRecord`). Run by
 * `scripts/build.ts` in its own step, once Astro has exited, so that Pagefind's memory never adds to Astro's.
 * Up to `SEARCH_SHARD_RECORDS` records make one index in `<site>/pagefind/`; more are split by a hash of their URL into
 * shards (`<site>/pagefind/<k>/` for k ≥ 1), which the search page merges. Each shard's bundle is kept in a
 * cache folder under a hash of its records: a shard whose records did not change is copied, not re-indexed.
 * Records are added in URL order, so the same records give the same bytes. Node-only.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { shardCount, shardOf, shardPath, type IndexRecord } from './records.ts';

export const RECORDS_FILE = 'pagefind/records.json';
/** Part of every shard's cache key: a new Pagefind or a new record format writes new bundles. */
const FORMAT = 'pagefind-1.6/records-1';

export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(`Không tạo được chỉ mục tìm kiếm:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

export interface SearchIndexStats {
  records: number;
  shards: number;
  /** Shards indexed by Pagefind in this run (the others came from the cache). */
  indexed: number;
  outputPath: string;
}

/**
 * Put the files of `from` at the same places under `to` as hard links (instant, no second copy on disk; nothing
 * writes these files after they are made), or as copies where a link cannot be made (another file system).
 * At 50,000 records a build with every shard cached spent 40 s copying 55,000 fragment files.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const dirs = new Set(files.map((e) => join(to, e.parentPath.slice(from.length))));
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  const BATCH = 256;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (e) => {
        const src = join(e.parentPath, e.name);
        const dst = join(to, src.slice(from.length));
        await link(src, dst).catch(() => copyFile(src, dst));
      }),
    );
  }
}

/** Index one shard's records into `outputPath` with a fresh Pagefind index. */
async function indexShard(records: readonly IndexRecord[], outputPath: string): Promise<void> {
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
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(written.errors);
  } finally {
    await index.deleteIndex().catch(() => {});
  }
}

/**
 * Index the records of the site built in `dir` into `<dir>/pagefind/` (and its shard folders), reusing shards
 * found in `cacheDir` when given. Throws `SearchIndexError` on any problem.
 */
export async function buildSearchIndex(dir: string, options: { cacheDir?: string; perShard?: number } = {}): Promise<SearchIndexStats> {
  const file = join(dir, RECORDS_FILE);
  if (!existsSync(file)) throw new SearchIndexError([`Thiếu ${file}: chạy "npm run build" (astro build rồi tạo chỉ mục).`]);
  const records = JSON.parse(await readFile(file, 'utf8')) as IndexRecord[];
  const shards = shardCount(records.length, options.perShard);
  const groups: IndexRecord[][] = Array.from({ length: shards }, () => []);
  for (const r of records) groups[shardOf(r.url, shards)]!.push(r);
  const outputPath = join(dir, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  let indexed = 0;
  // Shard 0's folder holds the others: it is written first, then the rest side by side (Pagefind works on one
  // index per core or so; at 50,000 records the three shards took 101 s one after the other).
  const build = async (k: number) => {
    const target = join(dir, shardPath(k));
    const key = createHash('sha256').update(`${FORMAT}\n${shards}\n${k}\n`).update(JSON.stringify(groups[k])).digest('hex').slice(0, 32);
    const cached = options.cacheDir ? join(options.cacheDir, `${k}-${key}`) : undefined;
    if (cached && existsSync(join(cached, 'pagefind-entry.json'))) {
      await linkTree(cached, target);
      return;
    }
    await indexShard(groups[k]!, target);
    indexed += 1;
    if (cached && options.cacheDir) {
      // Keep one bundle per shard: drop this shard's older ones, then store the new one. (Shard 0 is stored
      // before the other shards are written into its folder.)
      await mkdir(options.cacheDir, { recursive: true });
      for (const old of await readdir(options.cacheDir)) if (old.startsWith(`${k}-`)) await rm(join(options.cacheDir, old), { recursive: true, force: true });
      await linkTree(target, cached);
    }
  };
  try {
    await build(0);
    await Promise.all(Array.from({ length: shards - 1 }, (_, i) => build(i + 1)));
  } finally {
    await pagefind.close();
  }
  return { records: records.length, shards, indexed, outputPath };
}
