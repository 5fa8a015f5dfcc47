/**
 * Editors' vocabularies kept as data: fields (`content/fields.yaml`) and areas (`content/areas.yaml`).
 * Each file is a list; the `id` is the stable ASCII value used in content and URLs.
 */
import { z } from 'astro/zod';
import { AREA_KINDS, isCityWide } from '../vocabulary.ts';
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
  /** Short name on the tile map (at most 4 characters), e.g. `LB` for Long Biên. Required with `tile`. */
  short: z
    .string()
    .trim()
    .min(1, { error: 'Tên viết tắt (short) không được để trống.' })
    .max(4, { error: 'Tên viết tắt (short) dài quá 4 ký tự: ô bản đồ chỉ đủ chỗ cho 4 ký tự. Sửa: viết tắt ngắn hơn, ví dụ "LB".' })
    .optional(),
  /**
   * Position on the tile map of Hanoi (`/so-lieu/`, `/dia-ban/`, the yearly reviews): row 0 is the north, column 0
   * the west, both 0–9. Every district, rural district and town has one; the whole city has none.
   */
  tile: z
    .strictObject({
      row: z.number({ error: 'tile.row là số hàng (0–9, 0 là phía bắc).' }).int({ error: 'tile.row là số nguyên.' }).min(0, { error: 'tile.row từ 0 đến 9.' }).max(9, { error: 'tile.row từ 0 đến 9.' }),
      col: z.number({ error: 'tile.col là số cột (0–9, 0 là phía tây).' }).int({ error: 'tile.col là số nguyên.' }).min(0, { error: 'tile.col từ 0 đến 9.' }).max(9, { error: 'tile.col từ 0 đến 9.' }),
    })
    .optional(),
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

/**
 * The tile map's rules: every area but the whole city has a tile and a short name, the whole city has no tile, and two
 * areas never share a tile.
 */
const mapTiles = (list: Area[], ctx: z.RefinementCtx) => {
  const taken = new Map<string, number>();
  list.forEach((a, i) => {
    if (isCityWide(a)) {
      if (a.tile) ctx.addIssue({ code: 'custom', path: [i, 'tile'], message: `"${a.label}" là toàn thành phố, không có ô trên bản đồ. Sửa: xóa dòng tile.` });
      return;
    }
    if (!a.tile) {
      ctx.addIssue({ code: 'custom', path: [i, 'tile'], message: `Địa bàn "${a.label}" chưa có ô trên bản đồ. Sửa: thêm "tile: { row: <hàng>, col: <cột> }" vào một ô còn trống (xem hướng dẫn biên tập, mục bản đồ).` });
      return;
    }
    if (!a.short) ctx.addIssue({ code: 'custom', path: [i, 'short'], message: `Địa bàn "${a.label}" chưa có tên viết tắt cho ô bản đồ. Sửa: thêm "short: <tối đa 4 ký tự>".` });
    const key = `${a.tile.row},${a.tile.col}`;
    const first = taken.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'tile'],
        message: `Ô bản đồ (hàng ${a.tile.row}, cột ${a.tile.col}) của "${a.label}" trùng với ô của "${list[first]!.label}" (${list[first]!.id}). Sửa: chọn một ô còn trống cho một trong hai địa bàn.`,
      });
    } else taken.set(key, i);
  });
};

export const fieldsFileSchema = z.array(fieldSchema).min(1).superRefine(uniqueIds);
export const areasFileSchema = z
  .array(areaSchema)
  .min(1)
  .superRefine(uniqueIds)
  .superRefine((list, ctx) => mapTiles(list, ctx));
export type Field = z.infer<typeof fieldSchema>;
export type Area = z.infer<typeof areaSchema>;
