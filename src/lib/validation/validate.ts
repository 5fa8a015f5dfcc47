/**
 * The content validator: one implementation behind both the build (`src/integrations/content-guard.ts`)
 * and `npm run check`. It checks the vocabularies (`taxonomy.ts`), reads every entry file of every collection
 * (`files.ts`, the loaders' patterns), checks each file on its own (syntax, text quality, placeholders, its
 * collection's Zod schema), then runs the cross-entry rules (`rules/`) on the typed entries, and returns every
 * problem at once with file, line and field.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../config.ts';
import { idFromPath } from '../text/text.ts';
import { TAXONOMY_FILES } from '../content/taxonomy.ts';
import { areasFileSchema, fieldsFileSchema } from '../../schemas/taxonomy.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import { exhibitionSchema } from '../../schemas/exhibition.ts';
import { WORD_LIST_FILE } from '../vietnamese/spelling.ts';
import type { Entries, EntryData, ParsedEntry } from './entries.ts';
import { listContentFiles } from './files.ts';
import { zodLocale } from './locale.ts';
import { placeholderProblems } from './placeholder.ts';
import type { Problem } from './problems.ts';
import { CROSS_ENTRY_RULES, type RuleContext } from './rules/index.ts';
import { duplicateSlugs } from './rules/duplicate-slug.ts';
import { issueToProblems } from './schema-issues.ts';
import { readSource } from './source.ts';
import { checkTaxonomyFile } from './taxonomy.ts';
import { checkNfc, checkTextQuality, textQualityContext, TextQualityCache } from './text-quality.ts';

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
}

export interface ValidationResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Files read per collection. */
  counts: Record<CollectionName, number>;
}

/** A plain path checker used where the build uses Astro's `image()` (existence is a separate rule). */
const imagePath = z.string({ error: 'Thiếu đường dẫn ảnh (src). Sửa: ghi ví dụ ../images/ten-anh.jpg' }).min(1);

export function validateContent(options: ValidateOptions): ValidationResult {
  zodLocale();
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const rel = (abs: string) => relative(root, abs).split('\\').join('/');

  // 1. Vocabularies kept as data.
  const taxonomyFile = (name: string, schema: z.ZodType<{ id: string; label: string }[]>) => {
    const abs = join(options.contentDir, name);
    const { problems: found, items } = checkTaxonomyFile(abs, rel(abs), schema);
    problems.push(...found);
    return new Map(items.map((item) => [item.id, item.label]));
  };
  const fieldVocabulary = taxonomyFile(TAXONOMY_FILES.fields, fieldsFileSchema);
  const areaVocabulary = taxonomyFile(TAXONOMY_FILES.areas, areasFileSchema);
  const textQuality = textQualityContext(options.contentDir, rel(join(options.contentDir, WORD_LIST_FILE)));
  const textCache = options.textCacheFile ? new TextQualityCache(options.textCacheFile, textQuality) : undefined;
  for (const name of Object.values(TAXONOMY_FILES)) {
    const abs = join(options.contentDir, name);
    if (existsSync(abs)) problems.push(...checkNfc(rel(abs), readFileSync(abs, 'utf8')));
  }

  // 2. Every file of every collection on its own, then against its collection's schema.
  const counts = { campaigns: 0, initiatives: 0, units: 0, exhibitions: 0 } satisfies Record<CollectionName, number>;
  const ids: Record<CollectionName, Set<string>> = { campaigns: new Set(), initiatives: new Set(), units: new Set(), exhibitions: new Set() };
  const readCollection = <C extends CollectionName>(collection: C, schema: z.ZodType<EntryData[C]>): ParsedEntry<EntryData[C]>[] => {
    const dir = join(options.contentDir, COLLECTIONS[collection]);
    const files = listContentFiles(dir).map((abs) => ({ abs, file: rel(abs), id: idFromPath(relative(dir, abs)) }));
    counts[collection] = files.length;
    for (const f of files) ids[collection].add(f.id);
    const { kept, problems: duplicates } = duplicateSlugs(files);
    problems.push(...duplicates);
    const entries: ParsedEntry<EntryData[C]>[] = [];
    for (const { abs, file, id } of kept) {
      const raw = readFileSync(abs, 'utf8');
      const source = readSource(file, raw.normalize('NFC'));
      for (const e of source.syntaxErrors) problems.push({ severity: 'error', rule: 'syntax', file, line: e.line, field: '', message: e.message });
      problems.push(...(textCache ? textCache.check(raw, source) : checkTextQuality(raw, source, textQuality)));
      if (source.data === undefined) continue;
      const placeholders = placeholderProblems(source);
      problems.push(...placeholders);
      const unfilled = new Set(placeholders.map((p) => p.field));
      let result: z.ZodSafeParseResult<EntryData[C]>;
      try {
        result = schema.safeParse(source.data);
      } catch (error) {
        problems.push({ severity: 'error', rule: 'invalid-value', file, line: 1, field: '', message: `Không kiểm tra được tệp (${(error as Error).message}). Sửa: so với tệp mẫu; nếu vẫn lỗi, báo nhóm kỹ thuật.` });
        continue;
      }
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(...issueToProblems(issue, source, collection).filter((p) => !unfilled.has(p.field)));
        }
        continue;
      }
      // A scaffold not yet filled in: its placeholders are the problem, not references to "«…»".
      if (placeholders.length) continue;
      entries.push({ id, source, data: result.data });
    }
    return entries;
  };
  const entries: Entries = {
    campaigns: readCollection('campaigns', campaignSchema({ areas: areaVocabulary })),
    initiatives: readCollection('initiatives', initiativeSchema({ image: imagePath, fields: fieldVocabulary, areas: areaVocabulary, today: options.today })),
    units: readCollection('units', unitSchema({ areas: areaVocabulary })),
    exhibitions: readCollection('exhibitions', exhibitionSchema({ image: imagePath })),
  };
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
