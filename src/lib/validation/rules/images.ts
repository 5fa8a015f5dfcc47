/**
 * Rules `image-missing` (error) and `image-size` (warning) for the images of the frontmatter (`IMAGE_FIELDS`): each
 * is an image file that exists next to the content, and not so heavy that the repository grows with every photo.
 */
import { IMAGE_FIELDS, type ParsedEntry } from '../entries.ts';
import { fieldPath, type Problem } from '../problems.ts';
import type { CrossEntryRule, RuleContext } from './rule.ts';

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;
/** Source images larger than this are reported (the build resizes them, but the repository grows). */
export const IMAGE_WARN_BYTES = 1_500_000;

/** One image of an entry and the data path of its `src`. */
interface ImageRef {
  entry: ParsedEntry<unknown>;
  src: string;
  path: PropertyKey[];
}

export const images: CrossEntryRule = (entries, context) =>
  [
    ...entries.initiatives.flatMap((entry) =>
      IMAGE_FIELDS.initiatives.flatMap((field) => entry.data[field].map((m, i): ImageRef => ({ entry, src: m.src, path: [field, i, 'src'] }))),
    ),
    ...entries.exhibitions.flatMap((entry) =>
      IMAGE_FIELDS.exhibitions.map((field): ImageRef => ({ entry, src: entry.data[field].src, path: [field, 'src'] })),
    ),
  ].flatMap((image) => imageProblems(image, context));

function imageProblems({ entry: { source }, src, path }: ImageRef, context: RuleContext): Problem[] {
  const at = () => ({ file: source.file, line: source.lineOf(path), field: fieldPath(path) }); // a line only for a problem
  if (!IMAGE_EXTENSIONS.test(src)) {
    return [{ severity: 'error', rule: 'image-missing', ...at(), message: `"${src}" không phải tệp ảnh được hỗ trợ. Sửa: dùng ảnh .jpg, .png, .webp hoặc .avif.` }];
  }
  const size = context.fileSize(source.file, src);
  if (size === undefined) {
    return [{ severity: 'error', rule: 'image-missing', ...at(), message: `Không tìm thấy tệp ảnh "${src}". Sửa: chép ảnh vào content/images/ và ghi đường dẫn tính từ tệp này, ví dụ ../images/ten-anh.jpg.` }];
  }
  if (size > IMAGE_WARN_BYTES) {
    return [{ severity: 'warning', rule: 'image-size', ...at(), message: `Ảnh "${src}" nặng ${(size / 1e6).toFixed(1)} MB. Sửa: thu nhỏ còn dưới 1,5 MB (cạnh dài 2000 px là đủ).` }];
  }
  return [];
}
