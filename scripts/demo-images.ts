/**
 * Draws the demo photographs' stand-ins: abstract illustrations, made locally with sharp
 * (no downloads), small JPEGs under content/images/demo/. Run once; the output is committed.
 *   node scripts/demo-images.ts
 */
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';

const OUT = 'content/images/demo';
const W = 1200;
const H = 800;

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTES = [
  ['#0b5d5b', '#f2c14e', '#f78154', '#e8f1f2'],
  ['#1d3557', '#457b9d', '#a8dadc', '#f1faee'],
  ['#6a040f', '#d00000', '#ffba08', '#fff3e0'],
  ['#264653', '#2a9d8f', '#e9c46a', '#f4f1de'],
  ['#3c096c', '#7b2cbf', '#c77dff', '#f3e8ff'],
  ['#283618', '#606c38', '#dda15e', '#fefae0'],
  ['#03045e', '#0077b6', '#90e0ef', '#e0fbfc'],
  ['#5f0f40', '#9a031e', '#fb8b24', '#fdf0d5'],
  ['#2b2d42', '#8d99ae', '#ef233c', '#edf2f4'],
  ['#004b23', '#38b000', '#ccff33', '#f0fff0'],
  ['#7f4f24', '#b08968', '#ddb892', '#f5ebe0'],
  ['#14213d', '#fca311', '#e5e5e5', '#ffffff'],
];

export const DEMO_IMAGES = [
  'bo-phan-mot-cua', 'lop-hoc-stem', 'phong-kham', 'nut-giao-thong', 'diem-thu-gom-rac', 'canh-dong',
  'xuong-co-khi', 'dien-mat-troi', 'nha-van-hoa', 'diem-chay-chua-chay', 'ban-do-so', 'trien-lam-sang-tao',
];

function svg(index: number): string {
  const [dark, mid, accent, light] = PALETTES[index % PALETTES.length]!;
  const r = rng(index + 1);
  const shapes: string[] = [];
  for (let i = 0; i < 14; i++) {
    const x = Math.round(r() * W);
    const y = Math.round(r() * H);
    const s = Math.round(60 + r() * 260);
    const fill = [mid, accent, light][i % 3];
    const opacity = (0.35 + r() * 0.5).toFixed(2);
    shapes.push(
      i % 2
        ? `<circle cx="${x}" cy="${y}" r="${s / 2}" fill="${fill}" fill-opacity="${opacity}"/>`
        : `<rect x="${x - s / 2}" y="${y - s / 3}" width="${s}" height="${Math.round(s / 1.5)}" rx="18" fill="${fill}" fill-opacity="${opacity}" transform="rotate(${Math.round(r() * 40 - 20)} ${x} ${y})"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#g)"/>${shapes.join('')}
  <rect x="0" y="${H - 90}" width="${W}" height="90" fill="${dark}" fill-opacity="0.55"/>
</svg>`;
}

mkdirSync(OUT, { recursive: true });
for (const [i, name] of DEMO_IMAGES.entries()) {
  await sharp(Buffer.from(svg(i))).jpeg({ quality: 72, mozjpeg: true }).toFile(`${OUT}/${name}.jpg`);
}
console.log(`${DEMO_IMAGES.length} ảnh minh họa đã được tạo trong ${OUT}/`);
