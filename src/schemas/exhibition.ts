/**
 * Exhibition (triển lãm): a curated page written in MDX with the exhibition kit
 * (`src/components/mdx/`). Files: `content/exhibitions/<slug>.mdx`.
 */
import { z } from 'astro/zod';
import { demoFlag, isoDate, mediaSchema, ref, text, year } from './shared.ts';

export interface ExhibitionSchemaContext<I extends z.ZodType> {
  image: I;
}

export const exhibitionSchema = <I extends z.ZodType>(ctx: ExhibitionSchemaContext<I>) =>
  z.strictObject({
    /** Title of the exhibition. */
    title: text('tên triển lãm', 200).meta({ title: 'Tên' }),
    /** Campaign it belongs to: id of a file in `content/campaigns/`. */
    campaign: ref('phong trào').meta({ title: 'Phong trào' }),
    /** Year it shows. */
    year: year().meta({ title: 'Năm' }),
    /** Opening date. */
    openedAt: isoDate().meta({ title: 'Ngày khai mạc' }),
    /** Who curated it. */
    curator: text('người/đơn vị tuyển chọn').meta({ title: 'Người/đơn vị tuyển chọn' }),
    /** Cover image with alt text and credit. */
    cover: mediaSchema(ctx.image).meta({ title: 'Ảnh bìa' }),
    /** One or two sentences for cards and previews. */
    summary: text('tóm tắt', 400).meta({ title: 'Tóm tắt (1–2 câu)' }),
    /** Invented demonstration record. */
    demo: demoFlag(),
  });

export type ExhibitionData = z.infer<ReturnType<typeof exhibitionSchema<z.ZodString>>>;
