/**
 * Loads the editors' vocabularies (`fields.yaml`, `areas.yaml`) from the content folder,
 * synchronously, so that `content.config.ts`, the validator and the UI share one copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { areasFileSchema, fieldsFileSchema, type Area, type Field } from '../schemas/taxonomy.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { contentDir } from './config.ts';

export interface Taxonomy {
  fields: Field[];
  areas: Area[];
  fieldVocabulary: Vocabulary<string>;
  areaVocabulary: Vocabulary<string>;
}

export const TAXONOMY_FILES = { fields: 'fields.yaml', areas: 'areas.yaml' } as const;

const cache = new Map<string, Taxonomy>();

/** Read and parse both files; throws with a Vietnamese message if either is invalid. */
export function loadTaxonomy(dir: string = contentDir()): Taxonomy {
  const hit = cache.get(dir);
  if (hit) return hit;
  const read = (name: string) => parse(readFileSync(join(dir, name), 'utf8').normalize('NFC')) as unknown;
  const fields = fieldsFileSchema.safeParse(read(TAXONOMY_FILES.fields));
  const areas = areasFileSchema.safeParse(read(TAXONOMY_FILES.areas));
  if (!fields.success || !areas.success) {
    throw new Error(`Danh mục lĩnh vực/địa bàn không hợp lệ (${join(dir, TAXONOMY_FILES.fields)}, ${join(dir, TAXONOMY_FILES.areas)}). Chạy "npm run check" để xem chi tiết.`);
  }
  const taxonomy: Taxonomy = {
    fields: fields.data,
    areas: areas.data,
    fieldVocabulary: new Map(fields.data.map((f) => [f.id, f.label])),
    areaVocabulary: new Map(areas.data.map((a) => [a.id, a.label])),
  };
  cache.set(dir, taxonomy);
  return taxonomy;
}
