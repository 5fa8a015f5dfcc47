/**
 * Templates for `npm run new`: a new initiative, unit or exhibition file with every field
 * pre-filled with a Vietnamese guidance comment and a «placeholder». The validator reports any
 * «…» left in a file (rule `placeholder`, `validation/placeholder.ts`), so a scaffold fails `npm run check` until
 * it is filled.
 */
import { AWARDS, AWARDS_BY_LEVEL, HOLDERS, LEVELS, STATUSES, UNIT_KINDS, labelOf, type Vocabulary } from '../../vocabulary.ts';
import { slugify } from '../text/text.ts';

/** The kinds `npm run new` knows, by their Vietnamese URL word. */
export const SCAFFOLD_KINDS = {
  'sang-kien': { folder: 'initiatives', extension: '.md' },
  'don-vi': { folder: 'units', extension: '.md' },
  'trien-lam': { folder: 'exhibitions', extension: '.mdx' },
} as const;
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** Longest slug the scaffold makes; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * File slug for a title: ASCII (`đ` → `d`), cut at a word boundary, and made unique against
 * `taken` by adding `-2`, `-3`… Returns undefined for a title without any letter or digit.
 */
export function allocateSlug(title: string, taken: ReadonlySet<string>, max = MAX_SLUG_LENGTH): string | undefined {
  let slug = slugify(title);
  if (!slug) return undefined;
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, max);
  }
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** What the templates list as allowed values. */
export interface ScaffoldContext {
  fields: Vocabulary<string>;
  areas: Vocabulary<string>;
  /** Campaign id → short title. */
  campaigns: Vocabulary<string>;
}

const q = (s: string) => JSON.stringify(s);
const list = (v: Vocabulary<string>) => [...v.keys()].map((k) => `${k} (${labelOf(v, k)})`);

/** Comment lines listing values, wrapped to about 110 characters. */
function listComment(intro: string, values: string[], indent = ''): string {
  const lines: string[] = [];
  let line = `${indent}# ${intro}`;
  for (const [i, v] of values.entries()) {
    const piece = `${v}${i < values.length - 1 ? ',' : '.'}`;
    if (line.length + piece.length + 1 > 110) {
      lines.push(line);
      line = `${indent}#   ${piece}`;
    } else line += ` ${piece}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const awardRule = [...LEVELS.keys()].map((l) => `${l} → ${AWARDS_BY_LEVEL[l].join(' hoặc ')}`).join('; ');

export function initiativeTemplate(title: string, ctx: ScaffoldContext): string {
  return `---
# SÁNG KIẾN MỚI. Thay mọi cụm «…» bằng nội dung thật (xóa cả hai dấu « »), rồi chạy: npm run check
# Dòng bắt đầu bằng # là ghi chú cho người biên tập, không hiện lên trang. Hướng dẫn: docs/huong-dan-bien-tap.md
# Tên sáng kiến, đúng như trong quyết định công nhận.
title: ${q(title)}
# Tóm tắt 1–2 câu (nên dưới 220 ký tự): hiện trên thẻ, trong kết quả tìm kiếm và khi chia sẻ.
summary: "«Tóm tắt: sáng kiến giải quyết việc gì, kết quả ra sao»"
${listComment('Lĩnh vực, ghi một mã:', list(ctx.fields))}
field: "«mã lĩnh vực»"
${listComment('Địa bàn (tại thời điểm công nhận), ghi một mã:', list(ctx.areas))}
area: "«mã địa bàn»"
# Đơn vị: tên tệp trong content/units/ (không có .md), ví dụ ubnd-phuong-bo-de. Chưa có thì tạo: npm run new -- don-vi "Tên đơn vị"
unit: "«mã đơn vị»"
# Tên đơn vị như ghi trong quyết định (giữ tên cũ nếu đơn vị đã đổi tên, sáp nhập).
unitNameAtRecognition: "«Tên đơn vị trong quyết định»"
${listComment('Chủ thể:', list(HOLDERS))}
holder: "«ca-nhan hoặc tap-the»"
# Tác giả, mỗi người một mục. Tên chỉ hiện khi consent: true (tác giả đã đồng ý công bố tên).
# Không ghi số điện thoại, số CCCD/CMND, địa chỉ nhà, ngày sinh. Sáng kiến tập thể không có tên tác giả thì ghi: authors: []
authors:
  - name: "«Họ và tên»"
    role: "«Vai trò, ví dụ Chủ nhiệm sáng kiến»"
    consent: false
${listComment('Phong trào, ghi một mã:', list(ctx.campaigns))}
campaign: "«mã phong trào»"
# Các lần công nhận, mỗi cấp một mục (chép thêm khối "- level: …" cho cấp tiếp theo).
${listComment('level:', list(LEVELS))}
${listComment('award:', list(AWARDS))}
# Hình thức phải hợp với cấp: ${awardRule}.
# year là năm xét (bằng năm của ngày quyết định hoặc năm liền trước).
recognitions:
  - level: "«cấp công nhận»"
    award: "«hình thức khen thưởng»"
    decisionNumber: "«Số quyết định, ví dụ 1234/QĐ-UBND»"
    decisionDate: "«YYYY-MM-DD»"
    issuer: "«Cơ quan ra quyết định»"
    year: "«năm xét, ví dụ 2025»"
# Sáng kiến còn được áp dụng không?
status:
${listComment('state:', list(STATUSES), '  ')}
  state: "«tình trạng»"
  # Ngày gần nhất đã kiểm tra tình trạng (YYYY-MM-DD), không được sau hôm nay.
  verifiedAt: "«YYYY-MM-DD»"
  # Đơn vị đã học tập, áp dụng (bắt buộc khi state là nhan-rong): mã đơn vị, ví dụ [ubnd-phuong-bo-de, truong-thcs-hoa-sua]
  replicatedBy: []
# Không bắt buộc: bỏ dấu # ở đầu các dòng dưới đây để dùng.
# Hiệu quả đo được (value là số, không ghi đơn vị vào value):
# impact:
#   - label: "Thời gian xử lý hồ sơ giảm"
#     value: 30
#     unit: "%"
# Ảnh: chép ảnh vào content/images/ (dưới 1,5 MB); alt mô tả nội dung ảnh; credit ghi người chụp hoặc đơn vị sở hữu.
# Chỉ đăng ảnh có người khi những người đó đồng ý.
# media:
#   - src: ../images/ten-anh.jpg
#     alt: "Cán bộ phường hướng dẫn người dân nộp hồ sơ trên máy tính bảng"
#     credit: "UBND phường …"
# Tài liệu công khai (địa chỉ web):
# documents:
#   - title: "Quyết định công nhận sáng kiến"
#     url: https://…
# Sáng kiến liên quan (tên tệp trong content/initiatives/):
# related: [ten-tep-sang-kien-khac]
# demo: true chỉ dùng cho dữ liệu minh họa (trang sẽ ghi “Dữ liệu minh họa”); dữ liệu thật để false.
demo: false
---

«Mô tả sáng kiến: vấn đề trước đây, giải pháp, kết quả. Có thể chia mục bằng dòng bắt đầu bằng ## (ví dụ: ## Giải pháp).»
`;
}

export function unitTemplate(name: string, ctx: ScaffoldContext): string {
  return `---
# ĐƠN VỊ MỚI. Thay mọi cụm «…» bằng nội dung thật (xóa cả hai dấu « »), rồi chạy: npm run check
# Dòng bắt đầu bằng # là ghi chú, không hiện lên trang. Hướng dẫn: docs/huong-dan-bien-tap.md
# Tên chính thức hiện nay của đơn vị.
name: ${q(name)}
${listComment('Loại đơn vị:', list(UNIT_KINDS))}
kind: "«loại đơn vị»"
${listComment('Địa bàn, ghi một mã:', list(ctx.areas))}
area: "«mã địa bàn»"
# Tên cũ (nếu đơn vị đã đổi tên, sáp nhập), mới nhất trước; until là ngày cuối cùng dùng tên đó. Ví dụ:
# formerNames:
#   - name: "UBND phường Giang Biên"
#     until: 2025-06-30
formerNames: []
# Khen thưởng đơn vị điển hình (không bắt buộc). Ví dụ:
# modelRecognitions:
#   - title: "Đơn vị điển hình tiên tiến trong hoạt động sáng kiến"
#     year: 2024
#     award: giay-khen
#     decisionNumber: 412/QĐ-UBND
#     decisionDate: 2025-01-12
#     issuer: "UBND quận Long Biên"
modelRecognitions: []
# Giới thiệu ngắn 1–2 câu (nên dưới 220 ký tự).
summary: "«Giới thiệu ngắn về đơn vị»"
# Trang web chính thức (không bắt buộc). Ví dụ:
# links:
#   - label: "Cổng thông tin điện tử"
#     url: https://…
links: []
# demo: true chỉ dùng cho dữ liệu minh họa; dữ liệu thật để false.
demo: false
---

«Giới thiệu thêm về đơn vị (không bắt buộc: có thể xóa cả đoạn này).»
`;
}

export function exhibitionTemplate(title: string, ctx: ScaffoldContext): string {
  return `---
# TRIỂN LÃM MỚI (MDX). Thay mọi cụm «…» bằng nội dung thật (xóa cả hai dấu « »), rồi chạy: npm run check
# Dòng bắt đầu bằng # là ghi chú, không hiện lên trang. Hướng dẫn: docs/huong-dan-bien-tap.md
title: ${q(title)}
${listComment('Phong trào, ghi một mã:', list(ctx.campaigns))}
campaign: "«mã phong trào»"
# Năm của triển lãm, ví dụ 2025 (số, không có ngoặc kép).
year: "«năm»"
# Ngày khai mạc (YYYY-MM-DD).
openedAt: "«YYYY-MM-DD»"
# Người hoặc đơn vị tuyển chọn.
curator: "«Người/đơn vị tuyển chọn»"
# Ảnh bìa: chép ảnh vào content/images/ (dưới 1,5 MB); alt mô tả ảnh; credit ghi nguồn ảnh.
cover:
  src: "«../images/ten-anh.jpg»"
  alt: "«Mô tả nội dung ảnh bìa»"
  credit: "«Người chụp hoặc đơn vị sở hữu ảnh»"
# Tóm tắt 1–2 câu (nên dưới 220 ký tự).
summary: "«Tóm tắt triển lãm»"
# demo: true chỉ dùng cho dữ liệu minh họa; dữ liệu thật để false.
demo: false
---

{/* Nội dung triển lãm viết bằng Markdown; các thành phần (Chapter, InitiativeGrid, Timeline, Quote, Figure, KeyFigure)
    được mô tả trong docs/huong-dan-bien-tap.md, mục "Thêm một triển lãm". */}

## «Tên chương đầu tiên»

«Lời dẫn của triển lãm.»
`;
}

export function scaffold(kind: ScaffoldKind, title: string, ctx: ScaffoldContext): string {
  if (kind === 'sang-kien') return initiativeTemplate(title, ctx);
  if (kind === 'don-vi') return unitTemplate(title, ctx);
  return exhibitionTemplate(title, ctx);
}
