/**
 * Rules `image-missing` and `image-size`: every image of the frontmatter (initiatives' media, exhibitions' cover) is a
 * supported image file that exists next to the content file, and a heavy one is a warning. Files are the context's.
 */
import { describe, expect, it } from 'vitest';
import { images, IMAGE_WARN_BYTES } from '../../../src/lib/validation/rules/images.ts';
import { contextWith, FIXTURE_IMAGES, fixtureEntries } from './fixture-entries.ts';

const INIT = 'initiatives/sang-kien-mau.md';
const mediaSrc = (src: string) => ({ edit: { [INIT]: (t: string) => t.replace('src: ../images/anh-mau.jpg', `src: ${src}`) } });

describe('images', () => {
  it('finds nothing when every image exists at a reasonable size, asking about each from its own file', () => {
    const context = contextWith(FIXTURE_IMAGES);
    expect(images(fixtureEntries(), context)).toEqual([]);
    expect(context.asked.sort()).toEqual([
      ['content/exhibitions/trien-lam-mau.mdx', '../images/anh-mau.jpg'],
      ['content/initiatives/sang-kien-mau.md', '../images/anh-mau.jpg'],
    ]);
  });

  it('reports a missing file at its media entry, with where to put it', () => {
    expect(images(fixtureEntries(mediaSrc('../images/khong-co.jpg')), contextWith(FIXTURE_IMAGES))).toEqual([
      {
        severity: 'error', rule: 'image-missing', file: 'content/initiatives/sang-kien-mau.md', line: 33, field: 'media[0].src',
        message: 'Không tìm thấy tệp ảnh "../images/khong-co.jpg". Sửa: chép ảnh vào content/images/ và ghi đường dẫn tính từ tệp này, ví dụ ../images/ten-anh.jpg.',
      },
    ]);
  });

  it('reports a file that is not an image without looking for it', () => {
    const context = contextWith({ '../images/tai-lieu.pdf': 1000, ...FIXTURE_IMAGES });
    const entries = fixtureEntries({ edit: { 'exhibitions/trien-lam-mau.mdx': (t) => t.replace('src: ../images/anh-mau.jpg', 'src: ../images/tai-lieu.pdf') } });
    expect(images(entries, context)).toEqual([
      {
        severity: 'error', rule: 'image-missing', file: 'content/exhibitions/trien-lam-mau.mdx', line: 8, field: 'cover.src',
        message: '"../images/tai-lieu.pdf" không phải tệp ảnh được hỗ trợ. Sửa: dùng ảnh .jpg, .png, .webp hoặc .avif.',
      },
    ]);
    expect(context.asked.map(([, path]) => path)).not.toContain('../images/tai-lieu.pdf');
  });

  it('warns about an image over 1.5 MB, with its size, and accepts one of exactly 1.5 MB', () => {
    expect(IMAGE_WARN_BYTES).toBe(1_500_000);
    const heavy = images(fixtureEntries(mediaSrc('../images/lon.JPG')), contextWith({ ...FIXTURE_IMAGES, '../images/lon.JPG': 2_460_000 }));
    expect(heavy).toEqual([
      {
        severity: 'warning', rule: 'image-size', file: 'content/initiatives/sang-kien-mau.md', line: 33, field: 'media[0].src',
        message: 'Ảnh "../images/lon.JPG" nặng 2.5 MB. Sửa: thu nhỏ còn dưới 1,5 MB (cạnh dài 2000 px là đủ).',
      },
    ]);
    expect(images(fixtureEntries(mediaSrc('../images/lon.JPG')), contextWith({ ...FIXTURE_IMAGES, '../images/lon.JPG': 1_500_000 }))).toEqual([]);
  });
});
