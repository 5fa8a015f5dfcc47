/**
 * The validator's per-file stage: one content file on its own (syntax, text quality, placeholders, its collection's
 * Zod schema). It needs nothing from other files, so `validate.ts` runs it on worker threads, a batch of files per
 * job (`file-check-worker.ts`), or on the calling thread for small folders; either way the results are the same
 * plain, cloneable values, in file order.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { CollectionName } from '../config.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import { exhibitionSchema } from '../../schemas/exhibition.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { zodLocale } from './locale.ts';
import { placeholderProblems } from './placeholder.ts';
import type { Problem } from './problems.ts';
import { issueToProblems } from './schema-issues.ts';
import { readSource, type SourceFile } from './source.ts';
import { checkTextQuality, textQualityContext, TextQualityCache, type TextResults } from './text-quality.ts';

/** What the per-file stage depends on besides the file: plain data, sent to each worker with its jobs. */
export interface FileCheckSetup {
  contentDir: string;
  /** Path of the word list as printed in messages. */
  wordListFile: string;
  today: string;
  /** The vocabularies read from `fields.yaml` and `areas.yaml` (id → label). */
  fields: [string, string][];
  areas: [string, string][];
  /** The text rules' cache file (`TextQualityCache`), if any. */
  textCacheFile?: string;
}

/** One entry file: absolute path, path as printed, id. */
export interface FileToCheck {
  abs: string;
  file: string;
  id: string;
}

/** A file that passed its schema: the typed data, and what the cross-entry rules read of its source. */
export interface CheckedEntry {
  id: string;
  data: unknown;
  body: string;
  bodyLine: number;
}

export interface FileResult {
  problems: Problem[];
  entry?: CheckedEntry;
}

/** The results of a batch of files, in their order, and the text rules' results for the cache. */
export interface BatchResult {
  files: FileResult[];
  text: TextResults;
}

/** A plain path checker used where the build uses Astro's `image()` (existence is a separate rule). */
const imagePath = z.string({ error: 'Thiếu đường dẫn ảnh (src). Sửa: ghi ví dụ ../images/ten-anh.jpg' }).min(1);

/** The per-file check of every collection for one setup. */
export function fileChecker(setup: FileCheckSetup): (collection: CollectionName, files: FileToCheck[]) => BatchResult {
  zodLocale();
  const fields = new Map(setup.fields);
  const areas = new Map(setup.areas);
  const schemas: Record<CollectionName, z.ZodType> = {
    campaigns: campaignSchema({ areas }),
    initiatives: initiativeSchema({ image: imagePath, fields, areas, today: setup.today }),
    units: unitSchema({ areas }),
    exhibitions: exhibitionSchema({ image: imagePath }),
  };
  const textQuality = textQualityContext(setup.contentDir, setup.wordListFile);
  const textCache = setup.textCacheFile ? new TextQualityCache(setup.textCacheFile, textQuality) : undefined;

  const checkOne = (collection: CollectionName, { abs, file, id }: FileToCheck): FileResult => {
    const problems: Problem[] = [];
    const raw = readFileSync(abs, 'utf8');
    const source = readSource(file, raw.normalize('NFC'));
    for (const e of source.syntaxErrors) problems.push({ severity: 'error', rule: 'syntax', file, line: e.line, field: '', message: e.message });
    problems.push(...(textCache ? textCache.check(raw, source) : checkTextQuality(raw, source, textQuality)));
    if (source.data === undefined) return { problems };
    const placeholders = placeholderProblems(source);
    problems.push(...placeholders);
    const unfilled = new Set(placeholders.map((p) => p.field));
    let result: z.ZodSafeParseResult<unknown>;
    try {
      result = schemas[collection].safeParse(source.data);
    } catch (error) {
      problems.push({ severity: 'error', rule: 'invalid-value', file, line: 1, field: '', message: `Không kiểm tra được tệp (${(error as Error).message}). Sửa: so với tệp mẫu; nếu vẫn lỗi, báo nhóm kỹ thuật.` });
      return { problems };
    }
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueToProblems(issue, source, collection).filter((p) => !unfilled.has(p.field)));
      return { problems };
    }
    // A scaffold not yet filled in: its placeholders are the problem, not references to "«…»".
    if (placeholders.length) return { problems };
    return { problems, entry: { id, data: result.data, body: source.body, bodyLine: source.bodyLine } };
  };

  return (collection, files) => ({ files: files.map((f) => checkOne(collection, f)), text: textCache?.takeResults() ?? [] });
}

/**
 * The source of a checked entry on the thread that runs the cross-entry rules: its body as read, and its frontmatter
 * parsed again only if a rule asks for a line (a problem to report), which clean files never do.
 */
export function checkedSource(file: string, abs: string, entry: CheckedEntry): SourceFile {
  let parsed: SourceFile | undefined;
  const reparse = () => (parsed ??= readSource(file, readFileSync(abs, 'utf8').normalize('NFC')));
  return {
    file,
    body: entry.body,
    bodyLine: entry.bodyLine,
    syntaxErrors: [],
    get data() {
      return reparse().data;
    },
    lineOf: (path, key) => reparse().lineOf(path, key),
  };
}

