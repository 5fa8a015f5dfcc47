/**
 * Initiative (sáng kiến): one recognised initiative with its recognition ladder and status.
 * Files: `content/initiatives/<slug>.md` (or `.mdx`); the body is the description.
 */
import { z } from 'astro/zod';
import { AWARDS, AWARDS_BY_LEVEL, HOLDERS, LEVELS, STATUSES, labelOf, levelRank, type Vocabulary } from '../vocabulary.ts';
import { findPersonalData, personalDataMessage } from '../lib/content/privacy.ts';
import { isIsoDate, yearOf } from '../lib/text/dates.ts';
import { demoFlag, isoDate, mediaSchema, oneOf, ref, text, url, year } from './shared.ts';

/** Context the schema needs: the image checker, the editors' vocabularies and today's date. */
export interface InitiativeSchemaContext<I extends z.ZodType> {
  image: I;
  fields: Vocabulary<string>;
  areas: Vocabulary<string>;
  /** YYYY-MM-DD; dates after it are "in the future". */
  today: string;
}

/** Text that must not carry personal data. */
const personText = (what: string) =>
  text(what).superRefine((value, ctx) => {
    const kind = findPersonalData(value);
    if (kind) ctx.addIssue({ code: 'custom', message: personalDataMessage(kind), params: { rule: 'personal-data' } });
  });

/** One author. The name is published only when `consent` is true. */
export const authorSchema = z.strictObject({
  /** Full name as the author wants it shown. */
  name: personText('họ tên tác giả').meta({ title: 'Họ và tên' }),
  /** Role in the initiative, e.g. `Chủ nhiệm`, `Đồng tác giả`. */
  role: personText('vai trò').optional().meta({ title: 'Vai trò' }),
  /** Written consent to publish the name. Without it the site shows "Tác giả (không công bố tên)". */
  consent: z.boolean({ error: 'consent phải là true (đồng ý công bố tên) hoặc false.' }).default(false).meta({ title: 'Đồng ý công bố tên' }),
});

/** One step of the recognition ladder. */
export const recognitionSchema = z
  .strictObject({
    /** Level that recognised it. */
    level: oneOf(LEVELS, 'cấp công nhận').meta({ title: 'Cấp công nhận', description: 'Cấp công nhận.' }),
    /** Award given with the recognition. */
    award: oneOf(AWARDS, 'hình thức khen thưởng').meta({ title: 'Hình thức khen thưởng', description: 'Hình thức khen thưởng.' }),
    /** Decision number and symbol, e.g. `1234/QĐ-UBND`. */
    decisionNumber: text('số quyết định').meta({ title: 'Số quyết định', description: 'Số, ký hiệu quyết định.' }),
    /** Date the decision was signed. */
    decisionDate: isoDate().meta({ title: 'Ngày quyết định', description: 'Ngày ký quyết định.' }),
    /** Body that signed the decision. */
    issuer: text('cơ quan ra quyết định').meta({ title: 'Cơ quan ban hành', description: 'Cơ quan ra quyết định.' }),
    /** Year of the recognition round (may be the year before the decision). */
    year: year().meta({ title: 'Năm xét', description: 'Năm xét công nhận.' }),
  })
  .superRefine((r, ctx) => {
    if (!AWARDS_BY_LEVEL[r.level].includes(r.award)) {
      ctx.addIssue({
        code: 'custom',
        path: ['award'],
        message: `"${labelOf(AWARDS, r.award)}" không đi với ${labelOf(LEVELS, r.level).toLowerCase()}. Sửa: dùng ${AWARDS_BY_LEVEL[r.level].join(' hoặc ')}.`,
      });
    }
    const y = isIsoDate(r.decisionDate) ? yearOf(r.decisionDate) : undefined;
    if (y !== undefined && (r.year > y || r.year < y - 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: `Năm xét ${r.year} không khớp ngày quyết định ${r.decisionDate}. Sửa: năm xét bằng năm của quyết định hoặc năm liền trước.`,
      });
    }
  });
export type Recognition = z.infer<typeof recognitionSchema>;

/** Ladder rule: each higher level is dated on or after every lower level; no level twice. */
export function ladderProblems(recognitions: readonly Recognition[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  recognitions.forEach((r, i) => {
    recognitions.forEach((other, j) => {
      if (j >= i) return;
      if (other.level === r.level) {
        problems.push({ index: i, message: `Cấp "${labelOf(LEVELS, r.level)}" xuất hiện hai lần (mục ${j + 1} và ${i + 1}). Sửa: mỗi cấp chỉ ghi một lần.` });
        return;
      }
      const [low, high] = levelRank(other.level) < levelRank(r.level) ? [other, r] : [r, other];
      if (high.decisionDate < low.decisionDate) {
        problems.push({
          index: i,
          message: `Thứ tự công nhận sai: "${labelOf(LEVELS, high.level)}" (${high.decisionDate}) có ngày trước "${labelOf(LEVELS, low.level)}" (${low.decisionDate}). Sửa: kiểm tra lại ngày quyết định; cấp cao hơn phải công nhận sau cấp thấp hơn.`,
        });
      }
    });
  });
  return problems;
}

/**
 * Every field except the photos, which need the image checker. Astro builds a collection's schema once per
 * entry (its `image()` resolves paths from that entry's file), and building these ~100 Zod schemas was a
 * third of reading 10,000 entries; they depend only on the vocabularies and the date, so they are built once.
 */
function fieldSchemas(ctx: Omit<InitiativeSchemaContext<z.ZodType>, 'image'>) {
  return {
    head: {
      /** Name of the initiative as in the recognition decision. */
      title: text('tên sáng kiến', 220).meta({ title: 'Tên', description: 'Tên.' }),
      /** One or two sentences for cards, search results and previews. */
      summary: text('tóm tắt', 400).meta({ title: 'Tóm tắt (1–2 câu)', description: 'Tóm tắt.' }),
      /** Field (lĩnh vực), an id from `content/fields.yaml`. */
      field: oneOf(ctx.fields, 'lĩnh vực (content/fields.yaml)').meta({ title: 'Lĩnh vực', description: 'Mã lĩnh vực.' }),
      /** Area (địa bàn), an id from `content/areas.yaml`. */
      area: oneOf(ctx.areas, 'địa bàn (content/areas.yaml)').meta({ title: 'Địa bàn', description: 'Mã địa bàn.' }),
      /** Unit that owns it: id of a file in `content/units/`. */
      unit: ref('đơn vị').meta({ title: 'Đơn vị', description: 'Mã đơn vị (bảng don-vi).' }),
      /** The unit's name as written in the decision (units are renamed; history is kept). */
      unitNameAtRecognition: text('tên đơn vị tại thời điểm công nhận').meta({
        title: 'Tên đơn vị trong quyết định',
        description: 'Tên đơn vị ghi trong quyết định công nhận (có thể là tên cũ).',
      }),
      /** Individual or collective initiative. */
      holder: oneOf(HOLDERS, 'loại chủ thể (cá nhân/tập thể)').meta({ title: 'Chủ thể', description: 'Chủ thể: ca-nhan (cá nhân) hoặc tap-the (tập thể).' }),
      /** Authors; names are shown only with consent. */
      authors: z.array(authorSchema).default([]).meta({ title: 'Tác giả' }),
      /** Campaign it was recognised in: id of a file in `content/campaigns/`. */
      campaign: ref('phong trào').meta({ title: 'Phong trào', description: 'Mã phong trào (bảng phong-trao).' }),
      /** The recognition ladder, any order; at least one step. */
      recognitions: z
        .array(recognitionSchema, { error: 'Thiếu danh sách công nhận (recognitions).' })
        .min(1, { error: 'Cần ít nhất một lần công nhận (recognitions). Sửa: thêm cấp, quyết định, ngày.' })
        .meta({ title: 'Các lần công nhận' }),
      /** Is it still in use? Verified when, replicated where. */
      status: z.strictObject({
        /** Current state. */
        state: oneOf(STATUSES, 'tình trạng áp dụng').meta({ title: 'Tình trạng', description: 'Tình trạng áp dụng.' }),
        /** Date someone last checked the state. */
        verifiedAt: isoDate()
          .refine((d) => d <= ctx.today, {
            params: { rule: 'verified-future' },
            error: `Ngày xác minh ở tương lai (sau ngày ${ctx.today}). Sửa: ghi ngày đã thực sự kiểm tra tình trạng.`,
          })
          .meta({ title: 'Ngày xác minh', description: 'Ngày xác minh tình trạng lần cuối.' }),
        /** Units that applied it too: ids of files in `content/units/`. */
        replicatedBy: z.array(ref('đơn vị')).default([]).meta({ title: 'Đơn vị đã nhân rộng', description: 'Mã các đơn vị đã nhân rộng.' }),
        /** Short note on the state. */
        note: z.string().trim().optional().meta({ title: 'Ghi chú' }),
      })
      .meta({ title: 'Tình trạng áp dụng' }),
      /** Measured effects. */
      impact: z
        .array(
          z.strictObject({
            /** What was measured. */
            label: text('tên chỉ số').meta({ title: 'Chỉ số' }),
            /** The number. */
            value: z.number({ error: 'Giá trị chỉ số phải là số, ví dụ 35 (không ghi đơn vị ở đây).' }).meta({ title: 'Giá trị' }),
            /** Unit of measure, e.g. `%`, `giờ/tháng`. */
            unit: z.string().trim().optional().meta({ title: 'Đơn vị đo' }),
          }),
        )
        .default([])
        .meta({ title: 'Hiệu quả' }),
    },
    tail: {
      /** Related documents. */
      documents: z
        .array(
          z.strictObject({
            /** Document title. */
            title: text('tên tài liệu').meta({ title: 'Tên' }),
            /** Where to read it. */
            url: url().meta({ title: 'Địa chỉ web' }),
          }),
        )
        .default([])
        .meta({ title: 'Tài liệu' }),
      /** Related initiatives: ids of files in `content/initiatives/`. */
      related: z.array(ref('sáng kiến')).default([]).meta({ title: 'Sáng kiến liên quan' }),
      /** Invented demonstration record. */
      demo: demoFlag(),
      /** Recognition revoked: the page becomes a tombstone. */
      revoked: z
        .strictObject({
          /** Date of the revoking decision. */
          date: isoDate().meta({ title: 'Ngày' }),
          /** Number of the revoking decision. */
          decision: text('số quyết định thu hồi').meta({ title: 'Số quyết định thu hồi' }),
          /** Why it was revoked. */
          reason: text('lý do thu hồi').meta({ title: 'Lý do' }),
        })
        .optional()
        .meta({ title: 'Thu hồi công nhận' }),
      /** Not published before this date. */
      embargoUntil: isoDate().optional().meta({ title: 'Không đăng trước ngày' }),
    },
  };
}

let built: { fields: unknown; areas: unknown; today: string; schemas: ReturnType<typeof fieldSchemas> } | undefined;

function sharedFieldSchemas(ctx: Omit<InitiativeSchemaContext<z.ZodType>, 'image'>) {
  if (built?.fields !== ctx.fields || built.areas !== ctx.areas || built.today !== ctx.today) {
    built = { fields: ctx.fields, areas: ctx.areas, today: ctx.today, schemas: fieldSchemas(ctx) };
  }
  return built.schemas;
}

/** Rules across fields: ladder order, authors of an individual initiative, replication list. */
function crossFieldProblems(
  entry: { recognitions: Recognition[]; holder: string; authors: unknown[]; status: { state: string; replicatedBy: string[] } },
  rctx: z.RefinementCtx,
): void {
  for (const p of ladderProblems(entry.recognitions)) {
    rctx.addIssue({ code: 'custom', path: ['recognitions', p.index, 'decisionDate'], message: p.message, params: { rule: 'ladder-order' } });
  }
  if (entry.holder === 'ca-nhan' && entry.authors.length === 0) {
    rctx.addIssue({ code: 'custom', path: ['authors'], message: 'Sáng kiến cá nhân cần ít nhất một tác giả. Sửa: thêm authors (tên, consent).' });
  }
  if (entry.status.state === 'nhan-rong' && entry.status.replicatedBy.length === 0) {
    rctx.addIssue({
      code: 'custom',
      path: ['status', 'replicatedBy'],
      message: 'Tình trạng "Đã nhân rộng" cần danh sách đơn vị đã áp dụng (replicatedBy). Sửa: thêm mã đơn vị hoặc đổi tình trạng.',
    });
  }
}

export const initiativeSchema = <I extends z.ZodType>(ctx: InitiativeSchemaContext<I>) => {
  const { head, tail } = sharedFieldSchemas(ctx);
  return z
    .strictObject({
      ...head,
      /** Photos, each with alt text and credit. */
      media: z.array(mediaSchema(ctx.image)).default([]).meta({ title: 'Ảnh' }),
      ...tail,
    })
    .superRefine(crossFieldProblems);
};

export type InitiativeData = z.infer<ReturnType<typeof initiativeSchema<z.ZodString>>>;
