/**
 * QR codes drawn at build time as inline SVG (no network, no client script), used on posters
 * and recognition verification pages. Deterministic: the same text gives the same markup.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** Error correction: M (15%) survives a printed poster's wear; H for logos on top. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules (the standard asks for 4). */
  margin?: number;
  /** Accessible name; omit for a decorative code next to its visible URL. */
  title?: string;
}

/**
 * The modules of a QR code for `text` (the library's flat array, row by row, non-zero = dark), as one byte-mode
 * segment with mask pattern 0. Both are fixed on purpose: the library's search for the best segmentation and for
 * the mask with the lowest penalty score cost ~0.8 ms per code, and a large build draws one code per recognition
 * and per poster (35,000 at 10,000 records). Every mask is valid; readers decode any of them.
 */
function qrModules(text: string, level: QrOptions['level'] = 'M'): { size: number; data: Uint8Array } {
  return QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: level, maskPattern: 0 }).modules;
}

/** An SVG string for `text`: one path of dark modules on a white square, scalable with CSS. */
export function qrSvg(text: string, options: QrOptions = {}): string {
  const { level = 'M', margin = 4, title } = options;
  const { size: modules, data } = qrModules(text, level);
  const size = modules + margin * 2;
  // One `M…h…v1h…z` rectangle per horizontal run of dark modules, read from the flat array (no row arrays: a large
  // build draws tens of thousands of codes).
  const runs: string[] = [];
  for (let y = 0; y < modules; y++) {
    const row = y * modules;
    let x = 0;
    while (x < modules) {
      if (!data[row + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < modules && data[row + x]) x++;
      runs.push(`M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`);
    }
  }
  const label = title ? `role="img" aria-label="${escapeAttr(title)}"` : 'aria-hidden="true"';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" ${label} shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${runs.join('')}" fill="#000"/></svg>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
