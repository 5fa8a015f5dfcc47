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
    title: text('tên triển lãm', 200),
    /** Campaign it belongs to: id of a file in `content/campaigns/`. */
    campaign: ref('phong trào'),
    /** Year it shows. */
    year: year(),
    /** Opening date. */
    openedAt: isoDate(),
    /** Who curated it. */
    curator: text('người/đơn vị tuyển chọn'),
    /** Cover image with alt text and credit. */
    cover: mediaSchema(ctx.image),
    /** One or two sentences for cards and previews. */
    summary: text('tóm tắt', 400),
    /** Invented demonstration record. */
    demo: demoFlag(),
  });

export type ExhibitionData = z.infer<ReturnType<typeof exhibitionSchema<z.ZodString>>>;
