/**
 * The web editor's configuration is generated from the Zod schemas: every schema field appears,
 * with the widget its type needs, the labels of its vocabulary, and the Vietnamese title set on the schema field.
 * The expected field lists are read from the schemas' own shapes, and the widgets are checked
 * against what the schemas accept (a date field rejects "2023-02-30", a reference names an id…).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decapConfig, editorSchemas, REFERENCES, type DecapField } from '../../../src/lib/editor/decap.ts';
import { loadTaxonomy } from '../../../src/lib/content/taxonomy.ts';
import { AWARDS, LEVELS, STATUSES } from '../../../src/vocabulary.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/config.ts';
import { fieldMeta } from '../../../src/schemas/meta.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const taxonomy = loadTaxonomy(CONTENT);
const config = decapConfig({ fields: taxonomy.fieldVocabulary, areas: taxonomy.areaVocabulary, contentDir: CONTENT, root: ROOT, repo: 'so/noi-dung', branch: 'main', siteUrl: 'https://sangkien.hanoi.example' });
const collections = config.collections as { name: CollectionName; folder: string; extension: string; fields: DecapField[] }[];
const schemas = editorSchemas({ fields: taxonomy.fieldVocabulary, areas: taxonomy.areaVocabulary });

type Def = { type: string; [k: string]: any };
const def = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const unwrap = (s: unknown): unknown => (['optional', 'default'].includes(def(s).type) ? unwrap(def(s).innerType) : s);

/** Every field path of a schema (objects and lists of objects walked), from the schema itself. */
function schemaPaths(s: unknown, prefix = ''): string[] {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'object') return Object.entries(d.shape).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
  if (d.type === 'array' && def(unwrap(d.element)).type === 'object') return schemaPaths(d.element, prefix);
  return [];
}
/** Every field path of a Decap field list, with its field definition. */
function decapPaths(fields: DecapField[], prefix = ''): [string, DecapField][] {
  return fields.flatMap((f) => [[`${prefix}${f.name}`, f] as [string, DecapField], ...decapPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}
/** The Zod schema at a path. */
function schemaAt(root: unknown, path: string): unknown {
  let s = root;
  for (const key of path.split('.')) {
    let u = unwrap(s);
    if (def(u).type === 'array') u = unwrap(def(u).element);
    s = def(u).shape[key];
  }
  return s;
}

describe('generated Decap CMS config', () => {
  it('has one collection per content folder, in the right folder and format', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    for (const c of collections) expect(c.folder).toBe(`content/${COLLECTIONS[c.name]}`);
    expect(collections.find((c) => c.name === 'exhibitions')!.extension).toBe('mdx');
    expect(collections.find((c) => c.name === 'initiatives')!.extension).toBe('md');
  });

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    describe(name, () => {
      const collection = collections.find((c) => c.name === name)!;
      const fields = new Map(decapPaths(collection.fields));
      const schema = schemas[name];

      it('lists every schema field, and no other (plus the body)', () => {
        expect([...fields.keys()].filter((p) => p !== 'body').sort()).toEqual(schemaPaths(schema).sort());
        expect(fields.get('body')!.widget).toBe('markdown');
      });

      it('labels every field with the title on its schema field and marks optional fields', () => {
        for (const [path, f] of fields) {
          expect(f.label, path).not.toBe(f.name);
          if (path === 'body') continue;
          const s = schemaAt(schema, path);
          expect(f.label, path).toBe(fieldMeta(s as z.ZodType).title);
          const optional = (s as z.ZodType).safeParse(undefined).success;
          expect(f.required === false, `${name}.${path} required`).toBe(optional);
        }
      });

      it('picks the widget the schema needs', () => {
        for (const [path, f] of fields) {
          if (path === 'body') continue;
          const s = unwrap(schemaAt(schema, path)) as z.ZodType;
          const d = def(s);
          const refKey = `${name}.${path}`;
          if (REFERENCES[refKey] || REFERENCES[`${refKey}[]`]) {
            expect(f.widget, path).toBe('relation');
            expect(f.collection).toBe(REFERENCES[refKey] ?? REFERENCES[`${refKey}[]`]);
            expect(f.multiple === true, path).toBe(d.type === 'array');
            continue;
          }
          if (f.widget === 'datetime') {
            expect(s.safeParse('2023-02-28').success, path).toBe(true);
            expect(s.safeParse('2023-02-30').success, path).toBe(false);
            expect(f.format).toBe('YYYY-MM-DD');
            continue;
          }
          const expected = { string: ['string', 'text', 'image'], number: ['number'], boolean: ['boolean'], enum: ['select'], object: ['object'], array: ['list'] }[d.type as string];
          expect(expected, `${path}: ${d.type}`).toContain(f.widget);
          if (f.widget === 'select') expect(f.options!.map((o) => o.value)).toEqual((s as unknown as { options: string[] }).options);
          if (f.widget === 'number') expect(f.value_type).toBe(s.safeParse(1.5).success ? 'float' : 'int');
        }
      });
    });
  }

  it('uses the date widget for every date of the content model', () => {
    const initiatives = new Map(decapPaths(collections.find((c) => c.name === 'initiatives')!.fields));
    for (const p of ['recognitions.decisionDate', 'status.verifiedAt', 'revoked.date', 'embargoUntil']) expect(initiatives.get(p)!.widget, p).toBe('datetime');
    const units = new Map(decapPaths(collections.find((c) => c.name === 'units')!.fields));
    expect(units.get('formerNames.until')!.widget).toBe('datetime');
  });

  it('shows vocabularies with their Vietnamese labels and images with the image widget', () => {
    const f = new Map(decapPaths(collections.find((c) => c.name === 'initiatives')!.fields));
    expect(f.get('recognitions.level')!.options).toEqual([...LEVELS].map(([value, label]) => ({ value, label })));
    expect(f.get('recognitions.award')!.options).toEqual([...AWARDS].map(([value, label]) => ({ value, label })));
    expect(f.get('status.state')!.options).toEqual([...STATUSES].map(([value, label]) => ({ value, label })));
    expect(f.get('field')!.options).toEqual(taxonomy.fields.map((x) => ({ value: x.id, label: x.label })));
    expect(f.get('media.src')!.widget).toBe('image');
    expect(f.get('media.alt')!.required).not.toBe(false);
  });

  it('writes through pull requests, has a local backend, keeps slugs ASCII', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBe(true);
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(config.media_folder).toBe('content/images');
  });
});
