/**
 * Unit (đơn vị): an agency, ward, school, hospital or company that registers initiatives.
 * Files: `content/units/<slug>.md`; the body is an optional longer introduction.
 * Hanoi's districts were reorganised on 1/7/2025: old names are kept in `formerNames`, never rewritten.
 */
import { z } from 'astro/zod';
import { AWARDS, UNIT_KINDS, type Vocabulary } from '../vocabulary.ts';
import { demoFlag, isoDate, oneOf, text, url, year } from './shared.ts';

export interface UnitSchemaContext {
  areas: Vocabulary<string>;
}

export const unitSchema = (ctx: UnitSchemaContext) =>
  z
    .strictObject({
      /** Current official name. */
      name: text('tên đơn vị', 200).meta({ title: 'Tên', description: 'Tên hiện nay.' }),
      /** Kind of unit. */
      kind: oneOf(UNIT_KINDS, 'loại đơn vị').meta({ title: 'Loại', description: 'Loại đơn vị.' }),
      /** Area, an id from `content/areas.yaml` (the area at recognition time for merged units). */
      area: oneOf(ctx.areas, 'địa bàn (content/areas.yaml)').meta({ title: 'Địa bàn', description: 'Mã địa bàn.' }),
      /** Names it had before, newest first, each with the last day it was used. */
      formerNames: z
        .array(
          z.strictObject({
            /** The former name. */
            name: text('tên cũ').meta({ title: 'Tên cũ' }),
            /** Last day this name was in use. */
            until: isoDate().meta({ title: 'Dùng đến ngày' }),
          }),
        )
        .default([])
        .meta({ title: 'Tên trước đây', description: 'Các tên trước đây.' }),
      /** Model-unit recognitions (đơn vị điển hình). */
      modelRecognitions: z
        .array(
          z.strictObject({
            /** What it was recognised for. */
            title: text('danh hiệu/nội dung khen').meta({ title: 'Danh hiệu, nội dung khen' }),
            /** Year of the round. */
            year: year().meta({ title: 'Năm' }),
            /** Award given. */
            award: oneOf(AWARDS, 'hình thức khen thưởng').meta({ title: 'Hình thức khen thưởng' }),
            /** Decision number. */
            decisionNumber: text('số quyết định').meta({ title: 'Số quyết định' }),
            /** Decision date. */
            decisionDate: isoDate().meta({ title: 'Ngày quyết định' }),
            /** Body that signed it. */
            issuer: text('cơ quan ra quyết định').meta({ title: 'Cơ quan ban hành' }),
          }),
        )
        .default([])
        .meta({ title: 'Khen thưởng đơn vị điển hình' }),
      /** One or two sentences about the unit. */
      summary: text('giới thiệu ngắn', 400).meta({ title: 'Tóm tắt (1–2 câu)', description: 'Tóm tắt.' }),
      /** Official website and other links. */
      links: z
        .array(
          z.strictObject({
            /** Link text. */
            label: text('tên liên kết').meta({ title: 'Tên liên kết' }),
            /** Address. */
            url: url().meta({ title: 'Địa chỉ web' }),
          }),
        )
        .default([])
        .meta({ title: 'Liên kết' }),
      /** Invented demonstration record. */
      demo: demoFlag(),
    })
    .superRefine((u, ctx) => {
      const dates = u.formerNames.map((f) => f.until);
      const sorted = [...dates].sort().reverse();
      if (dates.join() !== sorted.join()) {
        ctx.addIssue({ code: 'custom', path: ['formerNames'], message: 'Các tên cũ phải xếp từ mới đến cũ (until giảm dần). Sửa: đổi thứ tự các dòng.' });
      }
    });

export type UnitData = z.infer<ReturnType<typeof unitSchema>>;
