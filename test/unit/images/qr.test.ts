import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { qrSvg } from '../../../src/lib/images/qr.ts';

/** Rasterise the SVG and decode it with an independent QR reader. */
async function decode(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('qrSvg', () => {
  it('decodes back to the URL it encodes, including Vietnamese-free ASCII slugs', async () => {
    const url = 'https://sangkien.hanoi.example/sang-kien/ung-dung-phuong-so-ket-noi-to-dan-pho/';
    expect(await decode(qrSvg(url))).toBe(url);
  });

  it('is deterministic and changes with the text', () => {
    expect(qrSvg('https://a.example/x/')).toBe(qrSvg('https://a.example/x/'));
    expect(qrSvg('https://a.example/x/')).not.toBe(qrSvg('https://a.example/y/'));
  });

  it('keeps the quiet zone and labels the image only when asked', () => {
    const svg = qrSvg('abc', { margin: 4, title: 'Mã QR "xác minh"' });
    // 'abc' fits a version 1 symbol, which is 21 × 21 modules (ISO/IEC 18004); the quiet zone adds 4 on each side.
    const n = 21 + 8;
    expect(svg).toContain(`viewBox="0 0 ${n} ${n}"`);
    expect(svg).toContain('aria-label="Mã QR &quot;xác minh&quot;"');
    expect(qrSvg('abc')).toContain('aria-hidden="true"');
  });
});
