/**
 * Editors' vocabularies kept as data: fields (`content/fields.yaml`) and areas (`content/areas.yaml`).
 * Each file is a list; the `id` is the stable ASCII value used in content and URLs.
 */
import { z } from 'astro/zod';
import { AREA_KINDS } from '../vocabulary.ts';
import { oneOf, text } from './shared.ts';

const id = z
  .string({ error: 'Thiếu id.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "chuyen-doi-so".' });

/** A field (lĩnh vực). */
export const fieldSchema = z.strictObject({
  /** Stable ASCII id, used in URLs: `/linh-vuc/<id>/`. */
  id,
  /** Vietnamese label. */
  label: text('tên lĩnh vực', 80),
  /** What belongs here. */
  description: text('mô tả lĩnh vực', 300),
});

/** An area (địa bàn): a district-level unit as at recognition, or the whole city. */
export const areaSchema = z.strictObject({
  /** Stable ASCII id, used in URLs: `/dia-ban/<id>/`. */
  id,
  /** Vietnamese name without the kind, e.g. `Long Biên`. */
  label: text('tên địa bàn', 80),
  /** District, rural district, town, or whole city. */
  kind: oneOf(AREA_KINDS, 'loại địa bàn'),
});

const uniqueIds = <T extends { id: string }>(list: T[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${item.id}" trùng với mục ${first + 1}. Sửa: đặt id khác.` });
    } else seen.set(item.id, i);
  });
};

export const fieldsFileSchema = z.array(fieldSchema).min(1).superRefine(uniqueIds);
export const areasFileSchema = z.array(areaSchema).min(1).superRefine(uniqueIds);
export type Field = z.infer<typeof fieldSchema>;
export type Area = z.infer<typeof areaSchema>;
