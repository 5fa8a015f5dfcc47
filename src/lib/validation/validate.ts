/**
 * The content validator: one implementation behind both the build (`src/integrations/content-guard.ts`)
 * and `npm run check`. It checks the vocabularies (`taxonomy.ts`), reads every entry file of every collection
 * (`files.ts`, the loaders' patterns), checks each file on its own (syntax, text quality, placeholders, its
 * collection's Zod schema), then runs the cross-entry rules (`rules/`) on the typed entries, and returns every
 * problem at once with file, line and field.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../config.ts';
import { idFromPath } from '../text/text.ts';
import { TAXONOMY_FILES } from '../content/taxonomy.ts';
import { areasFileSchema, fieldsFileSchema } from '../../schemas/taxonomy.ts';
import { WorkerPool } from '../threads/pool.ts';
import { WORD_LIST_FILE } from '../vietnamese/spelling.ts';
import type { Entries, EntryData, ParsedEntry } from './entries.ts';
import { checkedSource, fileChecker, type BatchResult, type FileCheckSetup, type FileToCheck } from './file-check.ts';
import type { FileCheckJob } from './file-check-worker.ts';
import { listContentFiles } from './files.ts';
import { zodLocale } from './locale.ts';
import type { Problem } from './problems.ts';
import { CROSS_ENTRY_RULES, type RuleContext } from './rules/index.ts';
import { duplicateSlugs } from './rules/duplicate-slug.ts';
import { checkTaxonomyFile } from './taxonomy.ts';
import { checkNfc, textQualityContext, TextQualityCache } from './text-quality.ts';

export * from './problems.ts';

export interface ValidateOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Project root; file names in messages are relative to it. */
  root?: string;
  /** Today's date (YYYY-MM-DD) for "in the future" and "stale" rules. */
  today: string;
  /** A file keeping the text rules' results between runs (`TextQualityCache`); none: every file is checked. */
  textCacheFile?: string;
  /**
   * Threads checking files on their own (`file-check.ts`): default one per core for folders of at least
   * `PARALLEL_FROM_FILES` entry files; 1 checks them on the calling thread. The result is the same either way.
   */
  threads?: number;
}

export interface ValidationResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Files read per collection. */
  counts: Record<CollectionName, number>;
}

/** Below this many entry files, starting the threads (about 0.3 s each) costs more than it saves. */
export const PARALLEL_FROM_FILES = 5_000;
/** Files per job sent to a thread: small enough to share the work evenly, large enough that a job is not all overhead. */
const BATCH = 250;
/** The worker's source, run by Node as TypeScript (it is not bundled, so it is found from the project root). */
const WORKER = resolve('src/lib/validation/file-check-worker.ts');

export async function validateContent(options: ValidateOptions): Promise<ValidationResult> {
  zodLocale();
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const rel = (abs: string) => relative(root, abs).split('\\').join('/');

  // 1. Vocabularies kept as data.
  const taxonomyFile = (name: string, schema: z.ZodType<{ id: string; label: string }[]>) => {
    const abs = join(options.contentDir, name);
    const { problems: found, items } = checkTaxonomyFile(abs, rel(abs), schema);
    problems.push(...found);
    return items.map((item): [string, string] => [item.id, item.label]);
  };
  const setup: FileCheckSetup = {
    contentDir: options.contentDir,
    wordListFile: rel(join(options.contentDir, WORD_LIST_FILE)),
    today: options.today,
    fields: taxonomyFile(TAXONOMY_FILES.fields, fieldsFileSchema),
    areas: taxonomyFile(TAXONOMY_FILES.areas, areasFileSchema),
    ...(options.textCacheFile ? { textCacheFile: options.textCacheFile } : {}),
  };
  for (const name of Object.values(TAXONOMY_FILES)) {
    const abs = join(options.contentDir, name);
    if (existsSync(abs)) problems.push(...checkNfc(rel(abs), readFileSync(abs, 'utf8')));
  }

  // 2. Every file of every collection on its own (on worker threads for large folders), then against its schema.
  const names = ['campaigns', 'initiatives', 'units', 'exhibitions'] as const satisfies CollectionName[];
  const counts = { campaigns: 0, initiatives: 0, units: 0, exhibitions: 0 } satisfies Record<CollectionName, number>;
  const ids: Record<CollectionName, Set<string>> = { campaigns: new Set(), initiatives: new Set(), units: new Set(), exhibitions: new Set() };
  const kept = {} as Record<CollectionName, FileToCheck[]>;
  const duplicates = {} as Record<CollectionName, Problem[]>;
  for (const collection of names) {
    const dir = join(options.contentDir, COLLECTIONS[collection]);
    const files = listContentFiles(dir).map((abs) => ({ abs, file: rel(abs), id: idFromPath(relative(dir, abs)) }));
    counts[collection] = files.length;
    for (const f of files) ids[collection].add(f.id);
    const found = duplicateSlugs(files);
    duplicates[collection] = found.problems;
    kept[collection] = found.kept;
  }
  const total = names.reduce((n, c) => n + kept[c].length, 0);
  const threads = options.threads ?? (total >= PARALLEL_FROM_FILES ? availableParallelism() : 1);
  const checked = await checkFiles(setup, kept, threads);
  const textCache = options.textCacheFile ? new TextQualityCache(options.textCacheFile, textQualityContext(setup.contentDir, setup.wordListFile)) : undefined;
  const typed = <C extends CollectionName>(collection: C): ParsedEntry<EntryData[C]>[] => {
    const entries: ParsedEntry<EntryData[C]>[] = [];
    problems.push(...duplicates[collection]);
    kept[collection].forEach((f, i) => {
      const result = checked[collection].files[i]!;
      problems.push(...result.problems);
      if (result.entry) entries.push({ id: f.id, source: checkedSource(f.file, f.abs, result.entry), data: result.entry.data as EntryData[C] });
    });
    textCache?.addResults(checked[collection].text);
    return entries;
  };
  const entries: Entries = { campaigns: typed('campaigns'), initiatives: typed('initiatives'), units: typed('units'), exhibitions: typed('exhibitions') };
  textCache?.save();

  // 3. Rules across entries and files.
  const context: RuleContext = {
    today: options.today,
    ids,
    fileSize: (from, path) => {
      try {
        return statSync(resolve(dirname(resolve(root, from)), path)).size;
      } catch {
        return undefined;
      }
    },
  };
  for (const rule of CROSS_ENTRY_RULES) problems.push(...rule(entries, context));
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { problems, errorCount, warningCount: problems.length - errorCount, counts };
}

/**
 * The per-file stage for every collection, in file order: on `threads` worker threads in batches, or on this
 * thread when `threads` is 1.
 */
async function checkFiles(setup: FileCheckSetup, files: Record<CollectionName, FileToCheck[]>, threads: number): Promise<Record<CollectionName, BatchResult>> {
  const collections = Object.keys(files) as CollectionName[];
  if (threads <= 1) {
    const check = fileChecker(setup);
    return Object.fromEntries(collections.map((c) => [c, check(c, files[c])])) as Record<CollectionName, BatchResult>;
  }
  const pool = new WorkerPool<FileCheckJob, BatchResult>(WORKER, threads, setup);
  try {
    const results = await Promise.all(
      collections.map(async (collection) => {
        const batches: Promise<BatchResult>[] = [];
        for (let i = 0; i < files[collection].length; i += BATCH) batches.push(pool.run({ collection, files: files[collection].slice(i, i + BATCH) }));
        const done = await Promise.all(batches);
        return [collection, { files: done.flatMap((b) => b.files), text: done.flatMap((b) => b.text) }] as const;
      }),
    );
    return Object.fromEntries(results) as Record<CollectionName, BatchResult>;
  } finally {
    await pool.close();
  }
}
