/**
 * The web editor's configuration (Decap CMS, served at /admin/), GENERATED from the Zod schemas
 * so that it never drifts from what `npm run check` and the build accept. Each schema field
 * becomes a Decap widget: text → string/text, controlled vocabulary → select (with Vietnamese
 * labels), date → datetime (YYYY-MM-DD), number → number, flag → boolean, image → image,
 * reference to another entry → relation, list → list, group → object. A field's label is the title set on it
 * in the schema (`.meta({ title })`, read by `src/schemas/meta.ts`); collection names come from `vi.cms`.
 */
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { AREA_KINDS, AWARDS, DOCUMENT_TYPES, HOLDERS, LEVELS, MILESTONE_KINDS, STATUSES, UNIT_KINDS, labelOf, type Vocabulary } from '../../vocabulary.ts';
import { COLLECTIONS, type CollectionName } from '../config.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import { exhibitionSchema } from '../../schemas/exhibition.ts';
import { fieldTitle } from '../../schemas/meta.ts';
import { vi } from '../../i18n/vi.ts';

/** A Decap field definition (the subset we generate). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  options?: { label: string; value: string }[];
  fields?: DecapField[];
  field?: DecapField;
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  value_type?: string;
  modes?: string[];
}

/** Fields that hold the id of another entry, by their path (list items as `[]`), and the collection they point to. */
export const REFERENCES: Record<string, CollectionName> = {
  'initiatives.unit': 'units',
  'initiatives.campaign': 'campaigns',
  'initiatives.status.replicatedBy[]': 'units',
  'initiatives.related[]': 'initiatives',
  'campaigns.parent': 'campaigns',
  'exhibitions.campaign': 'campaigns',
};

/** Display field of each collection in relation pickers. */
const DISPLAY: Record<CollectionName, string> = { initiatives: 'title', units: 'name', campaigns: 'shortTitle', exhibitions: 'title' };

/** Text longer than this is edited in a multi-line box. */
const LONG_TEXT = 300;

/** The image checker given to the schemas, recognised by identity. */
const IMAGE = z.string();

type Def = { type: string; [key: string]: any };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

export interface DecapOptions {
  fields: Vocabulary<string>;
  areas: Vocabulary<string>;
  /** Absolute content folder and project root (collection folders are relative to the repository root). */
  contentDir: string;
  root: string;
  repo: string;
  branch: string;
  siteUrl: string;
}

/** The schemas as the web editor sees them. */
export function editorSchemas(o: Pick<DecapOptions, 'fields' | 'areas'>): Record<CollectionName, z.ZodType> {
  return {
    initiatives: initiativeSchema({ image: IMAGE, fields: o.fields, areas: o.areas, today: '9999-12-31' }),
    units: unitSchema({ areas: o.areas }),
    campaigns: campaignSchema({ areas: o.areas }),
    exhibitions: exhibitionSchema({ image: IMAGE }),
  };
}

/** Vietnamese labels of an enum's values, when its values are exactly one known vocabulary. */
function optionsOf(values: string[], vocabularies: Vocabulary<string>[]): { label: string; value: string }[] {
  const vocab = vocabularies.find((v) => v.size === values.length && values.every((x) => v.has(x)));
  return values.map((value) => ({ label: vocab ? `${labelOf(vocab, value)}` : (vi.cms.values as Record<string, string>)[value] ?? value, value }));
}

/** The image checker, or a copy of it carrying a title (`.meta()` clones a schema and remembers its parent). */
function isImage(s: unknown): boolean {
  for (let x = s as { _zod: { parent?: unknown } } | undefined; x; x = x._zod.parent as typeof x) if (x === IMAGE) return true;
  return false;
}

/** One schema field → one Decap field. `path` is `collection.a.b` with `[]` for list items. */
export function toField(name: string, schema: z.ZodType, path: string, vocabularies: Vocabulary<string>[]): DecapField {
  let s: unknown = schema;
  let required = true;
  let defaultValue: unknown;
  // Unwrap optional/default wrappers.
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional') (required = false), (s = d.innerType);
    else if (d.type === 'default') (required = false), (defaultValue = d.defaultValue), (s = d.innerType);
    else break;
  }
  const base = { name, label: fieldTitle(schema, path), ...(required ? {} : { required: false }) };
  const d = defOf(s);
  const ref = REFERENCES[path];
  if (ref) return { ...base, widget: 'relation', collection: ref, value_field: '{{slug}}', search_fields: [DISPLAY[ref]], display_fields: [DISPLAY[ref]] };
  if (isImage(s)) return { ...base, widget: 'image' };
  switch (d.type) {
    case 'pipe':
      // z.preprocess(…) is only used for calendar dates (schemas/shared.ts isoDate).
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
    case 'string': {
      const max = (d.checks ?? []).map((c: unknown) => defOf(c)).find((c: Def) => c.check === 'max_length')?.maximum as number | undefined;
      return { ...base, widget: max !== undefined && max >= LONG_TEXT ? 'text' : 'string' };
    }
    case 'number': {
      const int = (d.checks ?? []).some((c: unknown) => /int/.test(String(defOf(c).format ?? '')));
      return { ...base, widget: 'number', value_type: int ? 'int' : 'float' };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
    case 'enum':
      return { ...base, widget: 'select', options: optionsOf(Object.values(d.entries as Record<string, string>), vocabularies) };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(s as z.ZodType, path, vocabularies) };
    case 'array': {
      const itemPath = `${path}[]`;
      const itemRef = REFERENCES[itemPath];
      if (itemRef) return { ...base, widget: 'relation', multiple: true, collection: itemRef, value_field: '{{slug}}', search_fields: [DISPLAY[itemRef]], display_fields: [DISPLAY[itemRef]] };
      const element = d.element as z.ZodType;
      if (defOf(element).type === 'object') return { ...base, widget: 'list', fields: objectFields(element, itemPath, vocabularies) };
      return { ...base, widget: 'list', field: toField(name, element, itemPath, vocabularies) };
    }
    default:
      throw new Error(`No Decap widget for Zod type "${d.type}" at ${path}`);
  }
}

function objectFields(schema: z.ZodType, path: string, vocabularies: Vocabulary<string>[]): DecapField[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, value]) => toField(key, value, `${path}.${key}`, vocabularies));
}

/** The whole Decap configuration (serialise with YAML or JSON). */
export function decapConfig(o: DecapOptions): Record<string, unknown> {
  const vocabularies: Vocabulary<string>[] = [LEVELS, AWARDS, STATUSES, HOLDERS, UNIT_KINDS, MILESTONE_KINDS, DOCUMENT_TYPES, AREA_KINDS, o.fields, o.areas];
  const schemas = editorSchemas(o);
  const folder = (c: CollectionName) => relative(o.root, `${o.contentDir}/${COLLECTIONS[c]}`).split('\\').join('/');
  const mdx = (c: CollectionName) => c === 'campaigns' || c === 'exhibitions';
  // Most used first: the editor opens on the first collection.
  const order: CollectionName[] = ['initiatives', 'units', 'exhibitions', 'campaigns'];
  const collections = order.map((c) => ({
    name: c,
    label: vi.cms.collections[c].label,
    label_singular: vi.cms.collections[c].singular,
    description: vi.cms.collections[c].description,
    folder: folder(c),
    extension: mdx(c) ? 'mdx' : 'md',
    format: 'frontmatter',
    create: true,
    slug: `{{${DISPLAY[c]}}}`,
    identifier_field: DISPLAY[c],
    summary: `{{${DISPLAY[c]}}}`,
    fields: [
      ...objectFields(schemas[c], c, vocabularies),
      // MDX bodies hold components: edit them as plain text so the rich editor cannot rewrite them.
      { name: 'body', label: vi.cms.body, widget: 'markdown', required: false, ...(mdx(c) ? { modes: ['raw'] } : {}) },
    ],
  }));
  return {
    backend: { name: 'github', repo: o.repo, branch: o.branch },
    // `npx decap-server` on the editor's own machine: the editor then writes files directly, no login.
    local_backend: true,
    // Each change becomes a pull request: `npm run check` and the tests run on it before it is published.
    publish_mode: 'editorial_workflow',
    locale: 'vi',
    site_url: o.siteUrl,
    display_url: o.siteUrl,
    media_folder: relative(o.root, `${o.contentDir}/images`).split('\\').join('/'),
    public_folder: '../images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
