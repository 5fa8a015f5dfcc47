/**
 * A schema field's Vietnamese title and description, set where the field is declared with Zod's
 * `.meta({ title, description })`. The web editor's labels are the titles (`src/lib/editor/decap.ts`); the open-data
 * column documentation is the descriptions, which `z.toJSONSchema` carries into the JSON Schema that
 * `src/lib/open-data/` reads. Optional and default wrappers are looked through, whichever side of them `.meta()` sits.
 */
import type { z } from 'astro/zod';

export interface FieldMeta {
  title?: string;
  description?: string;
}

type Def = { type: string; innerType?: z.ZodType };

/** The title and description of a field, the outermost ones when wrappers carry their own. */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const out: FieldMeta = {};
  for (let s: z.ZodType | undefined = schema; s; ) {
    const meta = s.meta();
    if (out.title === undefined && typeof meta?.title === 'string') out.title = meta.title;
    if (out.description === undefined && typeof meta?.description === 'string') out.description = meta.description;
    const def = s._zod.def as Def;
    s = def.type === 'optional' || def.type === 'default' ? def.innerType : undefined;
  }
  return out;
}

/** The title of the field at `path` (named in the error); a field without one is a mistake in the schema. */
export function fieldTitle(schema: z.ZodType, path: string): string {
  const { title } = fieldMeta(schema);
  if (!title) throw new Error(`Trường ${path} chưa có tên tiếng Việt. Sửa: thêm .meta({ title: '…' }) vào trường này trong src/schemas/.`);
  return title;
}
