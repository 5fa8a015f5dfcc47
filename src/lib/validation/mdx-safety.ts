/**
 * MDX safety: content may only use the exhibition kit (`src/lib/content/mdx-kit.ts`). MDX is code, so an
 * editor's file could otherwise import modules, run scripts or inject event handlers into the
 * public site. Rules, each reported with the file and line:
 * - MDX: no `import`/`export`, no `{expressions}` (except `{/* comments *\/}`), no capitalised
 *   component outside the kit, kit props as quoted text with the required ones present, a Figure
 *   holding one Markdown image with alt text, dates of TimelineItem as YYYY[-MM[-DD]], and
 *   InitiativeGrid ids that exist;
 * - Markdown and MDX: no `<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`, no `on…=` event
 *   handler attributes, no `javascript:` links.
 */
import { KIT, closingOffset, imagesBetween, isKitName, lineAt, maskCode, scanTags, splitIds } from '../content/mdx-kit.ts';
import type { Problem } from './problems.ts';
import { suggest } from '../text/suggest.ts';

export interface MdxSafetyInput {
  /** File path as printed in messages. */
  file: string;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Ids of existing initiatives, for InitiativeGrid. */
  initiatives: ReadonlySet<string>;
  /** Whether an image path written in the body exists (relative to the file). */
  imageExists?: (src: string) => boolean;
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style']);
const KIT_LIST = Object.keys(KIT).join(', ');

export function isMdxFile(file: string): boolean {
  return /\.mdx$/i.test(file);
}

export function mdxSafetyProblems(input: MdxSafetyInput): Problem[] {
  const { file, body, bodyLine } = input;
  const mdx = isMdxFile(file);
  const problems: Problem[] = [];
  const add = (line: number, message: string, rule: Problem['rule'] = 'mdx-safety') =>
    problems.push({ severity: 'error', rule, file, line: bodyLine + line - 1, field: '(nội dung)', message });
  const masked = maskCode(body);

  if (mdx) {
    masked.split('\n').forEach((text, i) => {
      const m = /^\s*(import|export)\b/.exec(text);
      if (m) add(i + 1, `Không được dùng "${m[1]}" trong MDX: các thành phần (${KIT_LIST}) đã có sẵn, không cần nhập. Sửa: xóa dòng này.`);
    });
    for (const m of masked.matchAll(/(?<!\\)\{(?!\s*\/\*[\s\S]*?\*\/\s*\})[^}]*\}?/g)) {
      if (insideTag(masked, m.index)) continue;
      add(lineAt(masked, m.index), 'Không được dùng biểu thức {…} trong MDX. Sửa: viết chữ bình thường; nếu cần dấu ngoặc nhọn, viết \\{ và \\}.');
    }
  }

  for (const tag of scanTags(body)) {
    const lower = tag.name.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(lower)) {
      add(tag.line, `Không được dùng thẻ <${tag.name}> trong nội dung (có thể chạy mã trên trang). Sửa: xóa thẻ này; cần hình ảnh thì dùng Figure, cần số liệu thì dùng KeyFigure.`);
      continue;
    }
    for (const attr of [...Object.keys(tag.attrs), ...tag.otherAttrs]) {
      if (/^on[a-z]+$/i.test(attr)) add(tag.line, `Không được dùng thuộc tính sự kiện "${attr}" (mã JavaScript) trong thẻ <${tag.name}>. Sửa: xóa thuộc tính này.`);
    }
    for (const [attr, value] of Object.entries(tag.attrs)) {
      if (/^\s*javascript:/i.test(value)) add(tag.line, `Liên kết "${attr}" dùng "javascript:" trong thẻ <${tag.name}>. Sửa: dùng địa chỉ web bắt đầu bằng https://.`);
    }
    if (!mdx || !/^[A-Z]/.test(tag.name)) continue;
    if (!isKitName(tag.name)) {
      add(tag.line, `Thành phần <${tag.name}> không có trong bộ thành phần triển lãm. Sửa: chỉ dùng ${KIT_LIST} (xem docs/trien-lam.md)${suggestKit(tag.name)}.`);
      continue;
    }
    kitProblems(tag, input, add);
  }
  return problems;
}

function kitProblems(tag: ReturnType<typeof scanTags>[number], input: MdxSafetyInput, add: (line: number, message: string, rule?: Problem['rule']) => void): void {
  const spec = KIT[tag.name as keyof typeof KIT];
  const allowed = new Set<string>([...spec.required, ...spec.optional]);
  for (const attr of tag.otherAttrs) {
    if (/^on[a-z]+$/i.test(attr)) continue;
    add(tag.line, `Thuộc tính "${attr}" của <${tag.name}> phải là chữ trong dấu ngoặc kép, ví dụ ${attr}="…". Sửa: không dùng {…}.`);
  }
  for (const attr of Object.keys(tag.attrs)) {
    if (!allowed.has(attr) && !/^on[a-z]+$/i.test(attr)) {
      add(tag.line, `<${tag.name}> không có thuộc tính "${attr}". Sửa: dùng ${[...allowed].map((a) => `"${a}"`).join(', ') || 'không thuộc tính nào'}.`);
    }
  }
  for (const attr of spec.required) {
    if (!(tag.attrs[attr] ?? '').trim() && !tag.otherAttrs.includes(attr)) {
      add(tag.line, `<${tag.name}> thiếu thuộc tính bắt buộc "${attr}". Sửa: thêm ${attr}="…" (xem ví dụ trong docs/trien-lam.md).`);
    }
  }
  if (tag.name === 'TimelineItem' && tag.attrs.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(tag.attrs.date)) {
    add(tag.line, `Ngày "${tag.attrs.date}" của <TimelineItem> không đúng dạng. Sửa: ghi YYYY-MM-DD, YYYY-MM hoặc YYYY, ví dụ 2023-05-18.`);
  }
  if (tag.name === 'InitiativeGrid' && tag.attrs.ids !== undefined) {
    for (const id of splitIds(tag.attrs.ids)) {
      if (!input.initiatives.has(id)) {
        add(tag.line, `InitiativeGrid: không tìm thấy sáng kiến "${id}". Sửa: ghi đúng tên tệp (không có .md) trong content/initiatives/${suggest(id, input.initiatives)}.`, 'reference');
      }
    }
  }
  if (tag.name === 'Figure') {
    const close = closingOffset(input.body, tag);
    const images = close < 0 ? [] : imagesBetween(input.body, tag.end, close);
    if (tag.selfClosing || images.length !== 1) {
      add(tag.line, `<Figure> phải chứa đúng một ảnh viết dạng ![mô tả ảnh](../images/ten-anh.jpg), đang có ${images.length}. Sửa: xem ví dụ trong docs/trien-lam.md.`);
    }
    for (const image of images) {
      const line = lineAt(input.body, image.offset);
      if (!image.alt) add(line, 'Ảnh trong <Figure> thiếu mô tả thay thế (alt) trong ![…]. Sửa: mô tả ngắn nội dung ảnh cho người khiếm thị.', 'image-alt');
      if (input.imageExists && !/^https?:/i.test(image.src) && !input.imageExists(image.src)) {
        add(line, `Không tìm thấy tệp ảnh "${image.src}". Sửa: chép ảnh vào content/images/ và ghi đường dẫn tính từ tệp này, ví dụ ../images/ten-anh.jpg.`, 'image-missing');
      }
    }
  }
}

/** Whether an offset lies inside the `<…>` of a tag (attribute expressions are reported with the tag). */
function insideTag(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<', offset);
  const close = text.lastIndexOf('>', offset);
  return open > close && /^<[A-Za-z]/.test(text.slice(open, open + 2));
}

function suggestKit(name: string): string {
  const lower = name.toLowerCase();
  const hit = Object.keys(KIT).find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.slice(0, 4)));
  return hit ? `; có phải "${hit}"?` : '';
}
