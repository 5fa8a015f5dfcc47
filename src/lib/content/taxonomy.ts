/**
 * Loads the editors' vocabularies (`fields.yaml`, `areas.yaml`) from the content folder,
 * synchronously, so that `content.config.ts`, the validator and the UI share one copy.
 * `readTaxonomyFile` is the one reader of these files: the build loads them through it, and the validator
 * reports what it found (`validation/taxonomy.ts`, with line numbers).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { areasFileSchema, fieldsFileSchema, type Area, type Field } from '../../schemas/taxonomy.ts';
import type { Vocabulary } from '../../vocabulary.ts';
import { contentDir } from '../config.ts';

export interface Taxonomy {
  fields: Field[];
  areas: Area[];
  fieldVocabulary: Vocabulary<string>;
  areaVocabulary: Vocabulary<string>;
}

export const TAXONOMY_FILES = { fields: 'fields.yaml', areas: 'areas.yaml' } as const;

/** One vocabulary file as read from disk: absent, not YAML (with the line), or its text, data and the schema's verdict. */
export type TaxonomyFile<T> =
  | { state: 'missing' }
  | { state: 'syntax-error'; line: number }
  | { state: 'read'; raw: string; data: unknown; result: z.ZodSafeParseResult<T> };

/** Read one vocabulary file (NFC) and check it against its schema. */
export function readTaxonomyFile<T>(abs: string, schema: z.ZodType<T>): TaxonomyFile<T> {
  if (!existsSync(abs)) return { state: 'missing' };
  const raw = readFileSync(abs, 'utf8').normalize('NFC');
  let data: unknown;
  try {
    data = parse(raw);
  } catch (error) {
    return { state: 'syntax-error', line: (error instanceof YAMLError && error.linePos?.[0]?.line) || 1 };
  }
  return { state: 'read', raw, data, result: schema.safeParse(data) };
}

const cache = new Map<string, Taxonomy>();

/** Read and parse both files; throws with a Vietnamese message if either is missing or invalid. */
export function loadTaxonomy(dir: string = contentDir()): Taxonomy {
  const hit = cache.get(dir);
  if (hit) return hit;
  const valid = <T>(file: TaxonomyFile<T>) => (file.state === 'read' && file.result.success ? file.result.data : undefined);
  const fields = valid(readTaxonomyFile(join(dir, TAXONOMY_FILES.fields), fieldsFileSchema));
  const areas = valid(readTaxonomyFile(join(dir, TAXONOMY_FILES.areas), areasFileSchema));
  if (!fields || !areas) {
    throw new Error(`Danh mục lĩnh vực/địa bàn không hợp lệ (${join(dir, TAXONOMY_FILES.fields)}, ${join(dir, TAXONOMY_FILES.areas)}). Chạy "npm run check" để xem chi tiết.`);
  }
  const taxonomy: Taxonomy = {
    fields,
    areas,
    fieldVocabulary: new Map(fields.map((f) => [f.id, f.label])),
    areaVocabulary: new Map(areas.map((a) => [a.id, a.label])),
  };
  cache.set(dir, taxonomy);
  return taxonomy;
}
