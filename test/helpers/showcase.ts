/** Independent readers for campaign and exhibition tests: MDX bodies, kit tags and QR codes in built pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import jsQR from 'jsqr';
import type { HTMLElement } from 'node-html-parser';

/** `20/4/2021` from `2021-04-20` (as Vietnamese documents write it). */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** YAML dates come back as Date objects; give them back as YYYY-MM-DD. */
export function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Body of a content file (after the frontmatter). */
export function bodyOf(contentDir: string, folder: string, file: string): string {
  const raw = readFileSync(join(contentDir, folder, file), 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Attributes of every `<Name …>` tag in an MDX body (a deliberately simple, separate reader). */
export function tagsIn(body: string, name: string): Record<string, string>[] {
  return [...body.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}

/** Decode the QR code drawn as inline SVG inside an element. */
export async function decodeQr(el: HTMLElement | null): Promise<string | undefined> {
  const svg = el?.querySelector('svg')?.toString();
  if (!svg) return undefined;
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}
