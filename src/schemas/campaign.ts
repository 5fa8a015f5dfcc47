/**
 * Campaign (phong trào thi đua) and the plans that implement it. Files: `content/campaigns/<slug>.mdx`;
 * the body is the campaign page's text.
 */
import { z } from 'astro/zod';
import { AWARDS, LEVELS, MILESTONE_KINDS, type Vocabulary } from '../vocabulary.ts';
import { demoFlag, documentSchema, isoDate, oneOf, ref, sourceSchema, text, url, year } from './shared.ts';

export interface CampaignSchemaContext {
  areas: Vocabulary<string>;
}

export const campaignSchema = (ctx: CampaignSchemaContext) =>
  z
    .strictObject({
      /** Full name, e.g. `Phong trào thi đua “Sáng kiến, sáng tạo Thủ đô” giai đoạn 2021–2025`. */
      title: text('tên phong trào', 200).meta({ title: 'Tên', description: 'Tên.' }),
      /** Short name for cards and breadcrumbs. */
      shortTitle: text('tên ngắn', 80).meta({ title: 'Tên ngắn', description: 'Tên ngắn.' }),
      /** One or two sentences for cards and previews. */
      summary: text('tóm tắt', 400).meta({ title: 'Tóm tắt (1–2 câu)' }),
      /** The plan that launched it. */
      plan: documentSchema.meta({ title: 'Văn bản phát động' }),
      /** Documents the plan is based on (căn cứ). */
      legalBases: z.array(documentSchema).default([]).meta({ title: 'Căn cứ' }),
      /** Years it runs. */
      period: z
        .strictObject({
          /** First year. */
          from: year().meta({ title: 'Từ năm', description: 'Năm bắt đầu.' }),
          /** Last year. */
          to: year().meta({ title: 'Đến năm', description: 'Năm kết thúc.' }),
        })
        .meta({ title: 'Thời gian' }),
      /** Who organises it. */
      organiser: text('cơ quan tổ chức').meta({ title: 'Cơ quan tổ chức', description: 'Cơ quan tổ chức.' }),
      /** Area it covers, an id from `content/areas.yaml`. */
      area: oneOf(ctx.areas, 'địa bàn (content/areas.yaml)').meta({ title: 'Địa bàn', description: 'Mã địa bàn.' }),
      /** Who takes part (đối tượng thi đua). */
      scope: z
        .array(text('đối tượng').meta({ title: 'Đối tượng thi đua' }))
        .min(1, { error: 'Cần ít nhất một đối tượng thi đua (scope).' })
        .meta({ title: 'Đối tượng thi đua' }),
      /** A broader campaign this plan implements: id of another campaign. */
      parent: ref('phong trào').optional().meta({ title: 'Thuộc phong trào' }),
      /** Milestones in date order. */
      milestones: z
        .array(
          z.strictObject({
            /** Date, or the first day of the month/year if only that is known. */
            date: isoDate().meta({ title: 'Ngày' }),
            /** How precise the date is: `ngay` (exact), `thang`, `nam`. */
            precision: z.enum(['ngay', 'thang', 'nam'], { error: 'precision là ngay, thang hoặc nam.' }).default('ngay').meta({ title: 'Độ chính xác của ngày' }),
            /** What happens. */
            title: text('tên mốc').meta({ title: 'Tên' }),
            /** Kind of milestone. */
            kind: oneOf(MILESTONE_KINDS, 'loại mốc').meta({ title: 'Loại' }),
          }),
        )
        .default([])
        .meta({ title: 'Các mốc' }),
      /** Targets set by the plan, each with its source. */
      targets: z
        .array(
          z.strictObject({
            /** What is measured. */
            label: text('chỉ tiêu').meta({ title: 'Chỉ tiêu' }),
            /** The target as written, e.g. `≥ 15%`. */
            value: text('giá trị chỉ tiêu').meta({ title: 'Giá trị' }),
            /** Where the target is written, e.g. `Kế hoạch 19/KH-HĐTĐKT, mục II.2.b`. */
            source: text('nguồn của chỉ tiêu').meta({ title: 'Nguồn' }),
            /** Key of a figure the site can compute from content to show progress. */
            metric: z
              .enum(['thanh-pho-moi-nam', 'ty-le-ap-dung'], { error: 'metric là thanh-pho-moi-nam hoặc ty-le-ap-dung.' })
              .optional()
              .meta({ title: 'Số liệu tự tính' }),
          }),
        )
        .default([])
        .meta({ title: 'Chỉ tiêu' }),
      /** The award ladder of the campaign. */
      awardLadder: z
        .array(
          z.strictObject({
            /** Award. */
            award: oneOf(AWARDS, 'hình thức khen thưởng').meta({ title: 'Hình thức khen thưởng' }),
            /** Level that gives it. */
            level: oneOf(LEVELS, 'cấp công nhận').meta({ title: 'Cấp công nhận' }),
            /** Who signs it. */
            grantedBy: text('người/cơ quan tặng').meta({ title: 'Người/cơ quan tặng' }),
            /** For what. */
            description: text('mô tả').meta({ title: 'Mô tả' }),
          }),
        )
        .default([])
        .meta({ title: 'Hình thức khen thưởng' }),
      /** Office the press can contact. */
      pressContact: z
        .strictObject({
          /** Name of the office. */
          office: text('cơ quan đầu mối').meta({ title: 'Cơ quan' }),
          /** Its role in the campaign. */
          role: z.string().trim().optional().meta({ title: 'Vai trò' }),
          /** Public web page of the office. */
          url: url().optional().meta({ title: 'Địa chỉ web' }),
        })
        .meta({ title: 'Đầu mối báo chí' }),
      /** Sources of the facts on the page. */
      sources: z
        .array(sourceSchema)
        .min(1, { error: 'Cần ít nhất một nguồn (sources) cho dữ liệu thật.' })
        .meta({ title: 'Nguồn' }),
      /** Invented demonstration record. */
      demo: demoFlag(),
    })
    .superRefine((c, ctx) => {
      if (c.period.to < c.period.from) {
        ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'Năm kết thúc trước năm bắt đầu. Sửa: kiểm tra period.from và period.to.' });
      }
      c.milestones.forEach((m, i) => {
        const prev = c.milestones[i - 1];
        if (prev && m.date < prev.date) {
          ctx.addIssue({ code: 'custom', path: ['milestones', i, 'date'], message: `Mốc "${m.title}" có ngày trước mốc liền trên. Sửa: xếp các mốc theo thứ tự thời gian.` });
        }
      });
    });

export type CampaignData = z.infer<ReturnType<typeof campaignSchema>>;
