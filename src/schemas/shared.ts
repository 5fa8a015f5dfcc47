/**
 * Building blocks shared by the collection schemas: dates, text, controlled values,
 * references, administrative documents, sources, images. Every message is Vietnamese and
 * says how to fix the problem; the validator adds the file, line and field. Each field of a collection carries
 * its Vietnamese title (and, when an open-data column reads it, its description) in `.meta()`: see `meta.ts`.
 */
import { z } from 'astro/zod';
import { isIsoDate } from '../lib/text/dates.ts';
import { labelOf, valuesOf, type Vocabulary, DOCUMENT_TYPES } from '../vocabulary.ts';

/** A calendar date `YYYY-MM-DD`. YAML dates already parsed to `Date` are accepted and normalised. */
export const isoDate = () =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: 'Cần một ngày dạng YYYY-MM-DD, ví dụ 2023-05-18.' })
      .refine(isIsoDate, {
        params: { rule: 'date' },
        // A date that is not a date fails here alone: later rules ("in the future", "after the decision") are not
        // also reported for it.
        abort: true,
        error: (issue) =>
          `Ngày "${String(issue.input)}" không hợp lệ hoặc không có thật. Sửa: ghi theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ 2023-05-18.`,
      }),
  ).meta({ format: 'date' }); // tells z.toJSONSchema (and so datapackage.json) that this is a date

/** A year of the campaign era. */
export const year = () =>
  z
    .number({ error: 'Cần một năm bằng số, ví dụ 2023.' })
    .int({ error: 'Năm phải là số nguyên, ví dụ 2023.' })
    .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
    .max(2100, { error: 'Năm không hợp lệ.' });

/** Required, trimmed, non-empty text. */
export const text = (what: string, max?: number) => {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Thiếu ${what}. Sửa: thêm dòng này và ghi nội dung.`
          : `${capitalise(what)} phải là chữ, đang là "${String(issue.input)}". Sửa: đặt nội dung trong dấu ngoặc kép.`,
    })
    .trim()
    .min(1, { error: `${capitalise(what)} đang để trống. Sửa: ghi nội dung.` });
  return max
    ? base.max(max, { error: `${capitalise(what)} dài quá ${max} ký tự. Sửa: rút gọn.` })
    : base;
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One value of a controlled vocabulary; the message lists the allowed values with labels. */
export const oneOf = <K extends string>(vocab: Vocabulary<K>, what: string) =>
  z.enum(valuesOf(vocab), {
    error: (issue) =>
      `Giá trị ${issue.input === undefined ? '(trống)' : `"${String(issue.input)}"`} không có trong danh mục ${what}. Sửa: dùng một trong: ${[
        ...vocab.keys(),
      ]
        .map((k) => `${k} (${labelOf(vocab, k)})`)
        .join(', ')}.`,
  });

/** An ASCII id of another entry (checked against the other collection by the validator). */
export const ref = (collection: string) =>
  z
    .string({ error: `Cần mã (id) của một ${collection}.` })
    .regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, {
      error: `Mã ${collection} chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "ubnd-phuong-bo-de".`,
    });

/** A web address. */
export const url = () =>
  z.url({ error: 'Địa chỉ web không hợp lệ. Sửa: ghi đầy đủ, bắt đầu bằng https://' });

/** A Vietnamese administrative document (văn bản): type, number, date, issuer, summary. */
export const documentSchema = z.strictObject({
  /** Kind of document: kế hoạch, quyết định… */
  type: oneOf(DOCUMENT_TYPES, 'loại văn bản').meta({ title: 'Loại văn bản' }),
  /** Number and symbol as printed, e.g. `04/KH-HĐTĐKT`. */
  number: text('số, ký hiệu văn bản').meta({ title: 'Số, ký hiệu' }),
  /** Date of issue. */
  date: isoDate().meta({ title: 'Ngày' }),
  /** Issuing body, e.g. `Hội đồng Thi đua - Khen thưởng thành phố Hà Nội`. */
  issuer: text('cơ quan ban hành').meta({ title: 'Cơ quan ban hành' }),
  /** What it is about (trích yếu). */
  summary: text('trích yếu văn bản').meta({ title: 'Trích yếu' }),
  /** Where the public can read it. */
  url: url().optional().meta({ title: 'Địa chỉ web' }),
});
export type DocumentRef = z.infer<typeof documentSchema>;

/** A cited source: a seed document or a public page. */
export const sourceSchema = z.strictObject({
  /** Title of the source. */
  title: text('tên nguồn').meta({ title: 'Tên' }),
  /** Who published it. */
  publisher: text('đơn vị đăng tải').optional().meta({ title: 'Đơn vị đăng tải' }),
  /** Date of publication. */
  date: isoDate().optional().meta({ title: 'Ngày' }),
  /** Web address, if public. */
  url: url().optional().meta({ title: 'Địa chỉ web' }),
  /** Repository path of a stored copy, e.g. `shared/seeds/000_….txt`. */
  file: z.string().optional().meta({ title: 'Bản lưu' }),
});

/**
 * An image with the accessibility and credit data we require. `image` is Astro's `image()`
 * helper in the build, or a plain string checker in `npm run check`.
 */
export const mediaSchema = <I extends z.ZodType>(image: I) =>
  z.strictObject({
    /** Path of the image file, relative to this content file, e.g. `../images/anh.jpg`. */
    src: image.meta({ title: 'Tệp ảnh' }),
    /** Text alternative read by screen readers: what the image shows. */
    alt: z
      .string({ error: 'Ảnh thiếu mô tả thay thế (alt). Sửa: thêm alt mô tả nội dung ảnh cho người khiếm thị.' })
      .trim()
      .min(1, { error: 'Mô tả thay thế (alt) của ảnh đang để trống. Sửa: mô tả ngắn nội dung ảnh.' })
      .meta({ title: 'Mô tả ảnh cho người khiếm thị (alt)' }),
    /** Author or owner of the photo, shown under it. */
    credit: z
      .string({ error: 'Ảnh thiếu nguồn/tác giả (credit). Sửa: ghi người chụp hoặc đơn vị sở hữu ảnh.' })
      .trim()
      .min(1, { error: 'Nguồn ảnh (credit) đang để trống. Sửa: ghi người chụp hoặc đơn vị sở hữu ảnh.' })
      .meta({ title: 'Nguồn ảnh, tác giả ảnh' }),
    /** Optional caption. */
    caption: z.string().trim().optional().meta({ title: 'Chú thích' }),
  });

/** The `demo` flag: invented records carry `demo: true` and are labelled on the site. */
export const demoFlag = () =>
  z
    .boolean({ error: 'Trường demo phải là true hoặc false.' })
    .default(false)
    .meta({ title: 'Dữ liệu minh họa', description: 'true nếu là dữ liệu minh họa.' });
