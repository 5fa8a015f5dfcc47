/**
 * Open Graph images (1200×630 PNG) drawn at build time with satori (layout → SVG), resvg (SVG → pixels)
 * and sharp (pixels → PNG: faster than resvg's encoder and a third smaller), in Be Vietnam Pro (the .woff
 * files: satori cannot read woff2). No network. PNGs are cached on disk, keyed by a hash of the card's
 * text and this module's version, so a rebuild only draws changed cards; `og-pool.ts` draws the missing
 * ones on worker threads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the design changes, to invalidate the cache. */
const DESIGN_VERSION = 2;

export interface OgCard {
  /** Kind of page, e.g. "Sáng kiến". */
  kicker: string;
  title: string;
  /** One or two short lines: unit, level, year. */
  lines: string[];
  siteName: string;
  /** Shown as a label when set (demo records must say so even in a preview card). */
  badge?: string;
}

const FONT_DIR = resolve('node_modules/@fontsource/be-vietnam-pro/files');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= (
    [
      ['latin', 400],
      ['latin', 700],
      ['vietnamese', 400],
      ['vietnamese', 700],
    ] as const
  ).map(([subset, weight]) => ({
    // One family per subset: satori falls back across families glyph by glyph, not across files of one family.
    name: `Be Vietnam Pro ${subset}`,
    data: readFileSync(join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Satori sizes boxes without their padding and border (content-box): the root subtracts them above. */
/** Long Vietnamese titles: shrink the type before they overflow. */
function titleSize(title: string): number {
  return title.length > 110 ? 44 : title.length > 70 ? 52 : 62;
}

/** The card layout as satori's element tree. Pure. */
export function ogTree(card: OgCard): Node {
  return el(
    'div',
    { width: OG_WIDTH - 144, height: OG_HEIGHT - 24 - 104, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#ffffff', borderTop: '24px solid #9e1b1f', padding: '48px 72px 56px', fontFamily: "'Be Vietnam Pro latin', 'Be Vietnam Pro vietnamese'", color: '#1b1c20' },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 24 }, [
        el('div', { fontSize: 30, fontWeight: 700, color: '#9e1b1f', textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
        ...(card.badge ? [el('div', { fontSize: 26, fontWeight: 700, color: '#6b4300', background: '#fff4d6', border: '3px solid #c98a00', borderRadius: 8, padding: '4px 16px' }, card.badge)] : []),
      ]),
      el('div', { display: 'flex', width: OG_WIDTH - 144, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2 }, card.title),
      el('div', { display: 'flex', flexDirection: 'column', gap: 8 }, [
        ...card.lines.map((line) => el('div', { display: 'flex', fontSize: 30, color: '#4b5059' }, line)),
        el('div', { display: 'flex', fontSize: 28, fontWeight: 700, marginTop: 16, color: '#9e1b1f' }, card.siteName),
      ]),
    ],
  );
}

/** Cache key of a card: its content and the design version. */
export function ogHash(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, card])).digest('hex').slice(0, 24);
}

/** Draw the PNG (no cache). */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(ogTree(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  // satori has already turned the text into paths: resvg needs no fonts, and by default it would scan the
  // system font folders for every card (about 350 files opened per card, most of a card's system time).
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** Where the card is cached in `cacheDir`. */
export function ogCacheFile(card: OgCard, cacheDir: string): string {
  return join(cacheDir, `${ogHash(card)}.png`);
}

/** Draw a card into its cache file (written whole, then renamed: a reader never sees half a PNG). */
export async function drawOgCard(card: OgCard, cacheDir: string): Promise<Uint8Array> {
  const file = ogCacheFile(card, cacheDir);
  const png = await renderOgPng(card);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/** The PNG of a card, from `cacheDir` when the same card was drawn before. */
export async function ogPng(card: OgCard, cacheDir: string): Promise<Uint8Array> {
  const file = ogCacheFile(card, cacheDir);
  if (existsSync(file)) return readFileSync(file);
  return drawOgCard(card, cacheDir);
}
