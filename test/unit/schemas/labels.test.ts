/**
 * Field titles and descriptions live on the schema fields (`.meta({ title, description })`, read by
 * src/schemas/meta.ts): every field the web editor shows and every field an open-data column reads has a
 * Vietnamese title, and the open-data columns have descriptions. A missing one fails naming the field.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldMeta, fieldTitle } from '../../../src/schemas/meta.ts';
import { isoDate } from '../../../src/schemas/shared.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { unitSchema } from '../../../src/schemas/unit.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import { editorSchemas, REFERENCES, toField } from '../../../src/lib/editor/decap.ts';
import { TABLES } from '../../../src/lib/open-data/tables.ts';
import { jsonSchemaOf, schemaAt } from '../../../src/lib/open-data/json-schema.ts';

type Def = { type: string; [k: string]: any };
const def = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const unwrap = (s: unknown): unknown => (['optional', 'default'].includes(def(s).type) ? unwrap(def(s).innerType) : s);

/** Every field the editor shows, by path (`collection.a.b`, `[]` for the items of a list of plain values), walked from the schema. */
function shownFields(s: unknown, path: string): [string, z.ZodType][] {
  const d = def(unwrap(s));
  const children = (shape: Record<string, unknown>, prefix: string) => Object.entries(shape).flatMap(([k, v]) => shownFields(v, `${prefix}.${k}`));
  const own: [string, z.ZodType][] = [[path, s as z.ZodType]];
  if (d.type === 'object') return [...own, ...children(d.shape, path)];
  if (d.type === 'array' && !REFERENCES[`${path}[]`]) {
    const element = unwrap(d.element);
    return [...own, ...(def(element).type === 'object' ? children(def(element).shape, path) : shownFields(d.element, `${path}[]`))];
  }
  return own;
}

const vocab = new Map([['x', 'X']]);

describe('fieldMeta', () => {
  it('reads title and description through optional and default, on either side of them, the outer one first', () => {
    expect(fieldMeta(z.string().meta({ title: 'A', description: 'a' }).optional())).toEqual({ title: 'A', description: 'a' });
    expect(fieldMeta(z.array(z.string()).default([]).meta({ title: 'B' }))).toEqual({ title: 'B' });
    expect(fieldMeta(z.string().meta({ title: 'Trong', description: 'trong' }).optional().meta({ title: 'Ngoài' }))).toEqual({ title: 'Ngoài', description: 'trong' });
    expect(fieldMeta(z.string())).toEqual({});
  });

  it('keeps the date format set by isoDate() next to the title', () => {
    const date = isoDate().meta({ title: 'Ngày ký' });
    expect(fieldMeta(date)).toEqual({ title: 'Ngày ký' });
    expect(jsonSchemaOf(z.strictObject({ d: date })).properties!.d).toMatchObject({ format: 'date', title: 'Ngày ký' });
  });

  it('fieldTitle names the field that has no title', () => {
    expect(fieldTitle(z.string().meta({ title: 'Tên' }), 'units.name')).toBe('Tên');
    expect(() => fieldTitle(z.string(), 'units.links.label')).toThrow(/Trường units\.links\.label chưa có tên tiếng Việt/);
  });
});

describe('titles of the fields the web editor shows', () => {
  const schemas = editorSchemas({ fields: vocab, areas: vocab });
  for (const [collection, schema] of Object.entries(schemas)) {
    it(collection, () => {
      const fields = Object.entries(def(schema).shape).flatMap(([k, v]) => shownFields(v, `${collection}.${k}`));
      expect(fields.length).toBeGreaterThan(5);
      expect(fields.filter(([, s]) => !fieldMeta(s).title?.trim()).map(([path]) => path)).toEqual([]);
    });
  }

  it('a field without a title stops the editor configuration, naming the field', () => {
    const group = z.strictObject({ label: z.string().meta({ title: 'Tên' }), url: z.string() }).meta({ title: 'Liên kết' });
    expect(() => toField('link', group, 'units.link', [])).toThrow(/units\.link\.url/);
    expect(toField('link', group.extend({ url: z.string().meta({ title: 'Địa chỉ' }) }).meta({ title: 'Liên kết' }), 'units.link', []).fields!.map((f) => f.label)).toEqual(['Tên', 'Địa chỉ']);
  });
});

describe('titles and descriptions of the fields the open-data columns read', () => {
  const schemas = {
    initiatives: jsonSchemaOf(initiativeSchema({ image: z.string(), fields: vocab, areas: vocab, today: '2026-11-23' })),
    units: jsonSchemaOf(unitSchema({ areas: vocab })),
    campaigns: jsonSchemaOf(campaignSchema({ areas: vocab })),
  };
  const read = TABLES.flatMap((spec) => spec.columns.flatMap((c) => (c.path === undefined ? [] : [{ column: `${spec.file}.${c.name} (${c.path})`, own: c.description, node: schemaAt(schemas[spec.collection], c.path).node }])));

  it('every such field has a title', () => {
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((r) => !r.node.title?.trim()).map((r) => r.column)).toEqual([]);
  });

  it('every column without its own description finds one on its field', () => {
    expect(read.filter((r) => !r.own && !r.node.description?.trim()).map((r) => r.column)).toEqual([]);
  });
});
