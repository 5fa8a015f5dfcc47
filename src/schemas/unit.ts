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
      name: text('tên đơn vị', 200),
      /** Kind of unit. */
      kind: oneOf(UNIT_KINDS, 'loại đơn vị'),
      /** Area, an id from `content/areas.yaml` (the area at recognition time for merged units). */
      area: oneOf(ctx.areas, 'địa bàn (content/areas.yaml)'),
      /** Names it had before, newest first, each with the last day it was used. */
      formerNames: z
        .array(
          z.strictObject({
            /** The former name. */
            name: text('tên cũ'),
            /** Last day this name was in use. */
            until: isoDate(),
          }),
        )
        .default([]),
      /** Model-unit recognitions (đơn vị điển hình). */
      modelRecognitions: z
        .array(
          z.strictObject({
            /** What it was recognised for. */
            title: text('danh hiệu/nội dung khen'),
            /** Year of the round. */
            year: year(),
            /** Award given. */
            award: oneOf(AWARDS, 'hình thức khen thưởng'),
            /** Decision number. */
            decisionNumber: text('số quyết định'),
            /** Decision date. */
            decisionDate: isoDate(),
            /** Body that signed it. */
            issuer: text('cơ quan ra quyết định'),
          }),
        )
        .default([]),
      /** One or two sentences about the unit. */
      summary: text('giới thiệu ngắn', 400),
      /** Official website and other links. */
      links: z.array(z.strictObject({ /** Link text. */ label: text('tên liên kết'), /** Address. */ url: url() })).default([]),
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
