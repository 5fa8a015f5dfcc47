/**
 * The content validator: one implementation behind both the build (`src/integrations/content-guard.ts`)
 * and `npm run check`. It reads every content file, validates it against its collection's Zod schema,
 * then applies the rules Astro does not enforce (references, duplicate slugs, images, privacy),
 * and returns every problem at once with file, line and field.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../config.ts';
import { daysBetween } from '../dates.ts';
import { idFromPath } from '../text.ts';
import { FORBIDDEN_PERSONAL_KEYS, findPersonalData, personalDataMessage } from '../privacy.ts';
import { readSource, type SourceFile } from './source.ts';
import { fieldPath, type Problem, type RuleId } from './problems.ts';
import { areasFileSchema, fieldSchema, fieldsFileSchema } from '../../schemas/taxonomy.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import { exhibitionSchema } from '../../schemas/exhibition.ts';
import { TAXONOMY_FILES } from '../taxonomy.ts';
import { parse as parseYaml } from 'yaml';
import { zodLocale } from './locale.ts';
import { findPlaceholder } from '../scaffold.ts';
import { mdxSafetyProblems } from './mdx-safety.ts';
import { checkNfc, checkTextQuality, textQualityContext, TextQualityCache } from './text-quality.ts';
import { WORD_LIST_FILE } from '../vietnamese/spelling.ts';
import { suggest } from '../suggest.ts';

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

/** One parsed, schema-valid entry, as the cross-entry rules see it. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  source: SourceFile;
  data: Record<string, unknown>;
}

export interface ValidationResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Files read per collection. */
  counts: Record<CollectionName, number>;
}

export const CONTENT_EXTENSIONS = /\.(md|mdx)$/i;
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;
/** Source images larger than this are reported (the build resizes them, but the repository grows). */
export const IMAGE_WARN_BYTES = 1_500_000;
/** Longer summaries are cut on cards. */
export const SUMMARY_WARN_CHARS = 220;
/** Status checks older than this are reported as stale. */
export const STALE_DAYS = 365;

/** A plain path checker used where the build uses Astro's `image()` (existence is a separate rule). */
const imagePath = z.string({ error: 'Thiếu đường dẫn ảnh (src). Sửa: ghi ví dụ ../images/ten-anh.jpg' }).min(1);

export function validateContent(options: ValidateOptions): ValidationResult {
  zodLocale();
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const rel = (abs: string) => relative(root, abs).split('\\').join('/');
  const add = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => problems.push({ severity: 'error', ...p });

  // 1. Vocabularies kept as data.
  const fields = readTaxonomy(join(options.contentDir, TAXONOMY_FILES.fields), fieldsFileSchema, rel, add);
  const areas = readTaxonomy(join(options.contentDir, TAXONOMY_FILES.areas), areasFileSchema, rel, add);
  const fieldVocabulary = new Map((fields ?? []).map((f) => [f.id, f.label]));
  const areaVocabulary = new Map((areas ?? []).map((a) => [a.id, a.label]));
  const textQuality = textQualityContext(options.contentDir, rel(join(options.contentDir, WORD_LIST_FILE)));
  const textCache = options.textCacheFile ? new TextQualityCache(options.textCacheFile, textQuality) : undefined;
  for (const name of Object.values(TAXONOMY_FILES)) {
    const abs = join(options.contentDir, name);
    if (existsSync(abs)) problems.push(...checkNfc(rel(abs), readFileSync(abs, 'utf8')));
  }

  const schemas: Record<CollectionName, z.ZodType> = {
    initiatives: initiativeSchema({ image: imagePath, fields: fieldVocabulary, areas: areaVocabulary, today: options.today }),
    units: unitSchema({ areas: areaVocabulary }),
    campaigns: campaignSchema({ areas: areaVocabulary }),
    exhibitions: exhibitionSchema({ image: imagePath }),
  };

  // 2. Every file of every collection against its schema.
  const entries: ValidEntry[] = [];
  const counts = { campaigns: 0, initiatives: 0, units: 0, exhibitions: 0 } as Record<CollectionName, number>;
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = join(options.contentDir, COLLECTIONS[collection]);
    const seen = new Map<string, string>();
    for (const abs of listContentFiles(dir)) {
      counts[collection]++;
      const file = rel(abs);
      const raw = readFileSync(abs, 'utf8');
      const id = idFromPath(relative(dir, abs));
      const firstFile = seen.get(id);
      if (firstFile) {
        add({
          rule: 'duplicate-slug', file, line: 1, field: '',
          message: `Trùng địa chỉ trang (slug) "${id}" với tệp ${firstFile}: hai tệp sẽ cùng một URL. Sửa: đổi tên một tệp (tên không dấu khác nhau).`,
        });
        continue;
      }
      seen.set(id, file);
      const source = readSource(file, raw.normalize('NFC'));
      for (const e of source.syntaxErrors) add({ rule: 'syntax', file, line: e.line, field: '', message: e.message });
      problems.push(...(textCache ? textCache.check(raw, source) : checkTextQuality(raw, source, textQuality)));
      if (source.data === undefined) continue;
      const placeholders = placeholderProblems(source);
      problems.push(...placeholders);
      const unfilled = new Set(placeholders.map((p) => p.field));
      let result: ReturnType<z.ZodType['safeParse']>;
      try {
        result = schemas[collection].safeParse(source.data);
      } catch (error) {
        add({ rule: 'invalid-value', file, line: 1, field: '', message: `Không kiểm tra được tệp (${(error as Error).message}). Sửa: so với tệp mẫu; nếu vẫn lỗi, báo nhóm kỹ thuật.` });
        continue;
      }
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(...issueToProblems(issue, source).filter((p) => !unfilled.has(p.field)));
        }
        continue;
      }
      // A scaffold not yet filled in: its placeholders are the problem, not references to "«…»".
      if (placeholders.length) continue;
      entries.push({ collection, id, source, data: result.data as Record<string, unknown> });
    }
  }

  textCache?.save();

  // 3. Rules across entries and files.
  problems.push(...crossEntryRules(entries, options));
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { problems, errorCount, warningCount: problems.length - errorCount, counts };
}

/** Every «…» left by `npm run new` in the frontmatter values or the body. */
function placeholderProblems(source: SourceFile): Problem[] {
  const found: Problem[] = [];
  const message = (text: string) =>
    `Chưa điền chỗ trống mẫu ${text.length > 42 ? `${text.slice(0, 40)}…»` : text}. Sửa: thay cả cụm «…» (xóa hai dấu « ») bằng nội dung thật, theo ghi chú ở dòng trên.`;
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const text = findPlaceholder(value);
      if (text) found.push({ severity: 'error', rule: 'placeholder', file: source.file, line: source.lineOf(path), field: fieldPath(path), message: message(text) });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  source.body.split('\n').forEach((line, i) => {
    const text = findPlaceholder(line);
    if (text) found.push({ severity: 'error', rule: 'placeholder', file: source.file, line: source.bodyLine + i, field: '(nội dung)', message: message(text) });
  });
  return found;
}

/** Markdown and MDX files of a collection folder, in a stable order. */
export function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => CONTENT_EXTENSIONS.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('_') || part.startsWith('.')))
    .map((name) => join(dir, name))
    .sort();
}

/** What the other files need of a vocabulary item: its id and label (the map's fields may be wrong meanwhile). */
const VOCABULARY_ITEM = z.object({ id: fieldSchema.shape.id, label: z.string().min(1) });

/**
 * Read one vocabulary file (`fields.yaml`, `areas.yaml`). Problems name the line of the list item they concern. When the
 * file breaks a rule, the items that are valid on their own are still returned, so that the other files are not
 * reported as using unknown values because of it.
 */
function readTaxonomy(
  abs: string,
  schema: z.ZodType<{ id: string; label: string }[]>,
  rel: (p: string) => string,
  add: (p: Omit<Problem, 'severity'>) => void,
): { id: string; label: string }[] | undefined {
  const file = rel(abs);
  if (!existsSync(abs)) {
    add({ rule: 'taxonomy', file, line: 1, field: '', message: 'Thiếu tệp danh mục. Sửa: khôi phục tệp từ kho mã.' });
    return undefined;
  }
  let data: unknown;
  const raw = readFileSync(abs, 'utf8').normalize('NFC');
  try {
    data = parseYaml(raw);
  } catch (e) {
    add({ rule: 'syntax', file, line: (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1, field: '', message: 'Lỗi cú pháp YAML. Sửa: so với các mục khác trong tệp.' });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // Name the item by its id (`long-bien.tile`) rather than its position in the list.
    const [index, ...rest] = issue.path;
    const id = typeof index === 'number' && Array.isArray(data) ? (data[index] as { id?: unknown } | undefined)?.id : undefined;
    const field = typeof id === 'string' ? [id, fieldPath(rest)].filter(Boolean).join('.') : fieldPath(issue.path);
    add({ rule: 'taxonomy', file, line: listItemLine(raw, issue.path), field, message: issue.message });
  }
  return Array.isArray(data) ? data.flatMap((x) => { const r = VOCABULARY_ITEM.safeParse(x); return r.success ? [r.data] : []; }) : undefined;
}

/** Line of the list item (and of its key, if the path names one) that a path like `[2].tile` points at; 1 if not found. */
export function listItemLine(raw: string, path: readonly PropertyKey[]): number {
  const [index, key] = path;
  if (typeof index !== 'number') return 1;
  const lines = raw.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (/^-\s/.test(l) ? [i] : []));
  const start = starts[index];
  if (start === undefined) return 1;
  if (typeof key === 'string') {
    const end = starts[index + 1] ?? lines.length;
    for (let i = start; i < end; i++) if (new RegExp(`^(?:-\\s+|\\s+)${key}:`).test(lines[i]!)) return i + 1;
  }
  return start + 1;
}

/** Turn one Zod issue into problems (an unknown-keys issue names each key on its own line). */
function issueToProblems(issue: z.core.$ZodIssue, source: SourceFile): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const personal = FORBIDDEN_PERSONAL_KEYS.has(key);
      return {
        severity: 'error' as const,
        rule: (personal ? 'personal-data' : 'unknown-field') as RuleId,
        file: source.file,
        line: source.lineOf(path, key),
        field: fieldPath([...path, key]),
        message: personal
          ? `Trường "${key}" chứa thông tin cá nhân, không được phép đưa lên trang. Sửa: xóa dòng này.`
          : `Trường "${key}" không có trong mẫu. Sửa: kiểm tra chính tả tên trường (phân biệt chữ hoa, chữ thường) hoặc xóa dòng này.`,
      };
    });
  }
  return [
    {
      severity: 'error',
      rule: classify(issue),
      file: source.file,
      line: source.lineOf(path),
      field: fieldPath(path),
      message: issue.message,
    },
  ];
}

function classify(issue: z.core.$ZodIssue): RuleId {
  const last = issue.path[issue.path.length - 1];
  if (last === 'alt') return 'image-alt';
  const rule = (issue as { params?: { rule?: RuleId } }).params?.rule;
  if (rule) return rule;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing-field';
  if (issue.code === 'invalid_value') return 'vocabulary';
  return 'invalid-value';
}

function crossEntryRules(entries: ValidEntry[], options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = (c: CollectionName) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  const known = { units: ids('units'), campaigns: ids('campaigns'), initiatives: ids('initiatives') };
  const label = { units: 'đơn vị', campaigns: 'phong trào', initiatives: 'sáng kiến' } as const;
  const folder = { units: 'content/units/', campaigns: 'content/campaigns/', initiatives: 'content/initiatives/' } as const;

  const checkRef = (entry: ValidEntry, target: keyof typeof known, value: unknown, path: PropertyKey[]) => {
    if (typeof value !== 'string' || known[target].has(value)) return;
    problems.push({
      severity: 'error', rule: 'reference', file: entry.source.file, line: entry.source.lineOf(path), field: fieldPath(path),
      message: `Không tìm thấy ${label[target]} "${value}". Sửa: ghi đúng tên tệp (không có .md) trong ${folder[target]}${suggest(value, known[target])}, hoặc tạo ${label[target]} đó trước.`,
    });
  };

  for (const entry of entries) {
    const d = entry.data;
    const { source } = entry;
    if (entry.collection === 'initiatives') {
      checkRef(entry, 'units', d.unit, ['unit']);
      checkRef(entry, 'campaigns', d.campaign, ['campaign']);
      const status = d.status as { replicatedBy: string[]; verifiedAt: string };
      status.replicatedBy.forEach((u, i) => checkRef(entry, 'units', u, ['status', 'replicatedBy', i]));
      (d.related as string[]).forEach((r, i) => {
        if (r === entry.id) {
          problems.push({ severity: 'error', rule: 'reference', file: source.file, line: source.lineOf(['related', i]), field: `related[${i}]`, message: 'Sáng kiến liên quan trỏ về chính nó. Sửa: xóa dòng này.' });
        } else checkRef(entry, 'initiatives', r, ['related', i]);
      });
      if (!d.revoked && daysBetween(status.verifiedAt, options.today) > STALE_DAYS) {
        problems.push({
          severity: 'warning', rule: 'stale-status', file: source.file, line: source.lineOf(['status', 'verifiedAt']), field: 'status.verifiedAt',
          message: `Tình trạng áp dụng chưa được xác minh lại hơn 12 tháng (lần cuối ${status.verifiedAt}). Sửa: liên hệ đơn vị, cập nhật status.state và verifiedAt.`,
        });
      }
      scanBody(entry, problems);
    }
    if (entry.collection === 'exhibitions') checkRef(entry, 'campaigns', d.campaign, ['campaign']);
    if (entry.collection === 'campaigns' && d.parent) checkRef(entry, 'campaigns', d.parent, ['parent']);
    if (entry.collection === 'units') scanBody(entry, problems);

    const summary = d.summary;
    if (typeof summary === 'string' && summary.length > SUMMARY_WARN_CHARS) {
      problems.push({
        severity: 'warning', rule: 'summary-long', file: source.file, line: source.lineOf(['summary']), field: 'summary',
        message: `Tóm tắt dài ${summary.length} ký tự, sẽ bị cắt trên thẻ (nên ≤ ${SUMMARY_WARN_CHARS}). Sửa: rút gọn, đưa chi tiết vào phần nội dung.`,
      });
    }
    for (const { src, path } of imagesOf(entry)) checkImage(entry, src, path, options, problems);
    const fileDir = dirname(resolve(options.root ?? process.cwd(), source.file));
    problems.push(...mdxSafetyProblems({ ...source, initiatives: known.initiatives, imageExists: (src) => existsSync(resolve(fileDir, src)) }));
  }
  return problems;
}

function imagesOf(entry: ValidEntry): { src: string; path: PropertyKey[] }[] {
  const d = entry.data;
  if (entry.collection === 'initiatives') return (d.media as { src: string }[]).map((m, i) => ({ src: m.src, path: ['media', i, 'src'] }));
  if (entry.collection === 'exhibitions') return [{ src: (d.cover as { src: string }).src, path: ['cover', 'src'] }];
  return [];
}

function checkImage(entry: ValidEntry, src: string, path: PropertyKey[], options: ValidateOptions, problems: Problem[]) {
  const { source } = entry;
  const abs = resolve(dirname(resolve(options.root ?? process.cwd(), source.file)), src);
  const at = () => ({ file: source.file, line: source.lineOf(path), field: fieldPath(path) }); // a line only for a problem
  if (!IMAGE_EXTENSIONS.test(src)) {
    problems.push({ severity: 'error', rule: 'image-missing', ...at(), message: `"${src}" không phải tệp ảnh được hỗ trợ. Sửa: dùng ảnh .jpg, .png, .webp hoặc .avif.` });
  } else if (!existsSync(abs)) {
    problems.push({ severity: 'error', rule: 'image-missing', ...at(), message: `Không tìm thấy tệp ảnh "${src}". Sửa: chép ảnh vào content/images/ và ghi đường dẫn tính từ tệp này, ví dụ ../images/ten-anh.jpg.` });
  } else if (statSync(abs).size > IMAGE_WARN_BYTES) {
    problems.push({ severity: 'warning', rule: 'image-size', ...at(), message: `Ảnh "${src}" nặng ${(statSync(abs).size / 1e6).toFixed(1)} MB. Sửa: thu nhỏ còn dưới 1,5 MB (cạnh dài 2000 px là đủ).` });
  }
}

function scanBody(entry: ValidEntry, problems: Problem[]) {
  entry.source.body.split('\n').forEach((text, i) => {
    const kind = findPersonalData(text);
    if (kind) {
      problems.push({ severity: 'error', rule: 'personal-data', file: entry.source.file, line: entry.source.bodyLine + i, field: '(nội dung)', message: personalDataMessage(kind) });
    }
  });
}
