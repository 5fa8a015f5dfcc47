/** The Astro patch (scripts/patch-dependencies.mjs) is in place, and the patched chunking still cuts text into chunks of at most the given UTF-8 size. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';

const FILE = resolve(import.meta.dirname, '../../../node_modules/astro/dist/content/data-store-writer.js');

describe('patched Astro content store writer', () => {
  it('is patched after npm install', () => {
    expect(readFileSync(FILE, 'utf8')).toContain('patched: scripts/patch-dependencies.mjs');
  });

  it('chunks any text (Vietnamese, emoji, lone surrogates) into pieces that join back, each within the byte limit', async () => {
    const { chunkString } = (await import(/* @vite-ignore */ FILE)) as { chunkString: (s: string, max: number) => string[] };
    const encoder = new TextEncoder();
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('Đống Đa', 'thuỷ lợi', '😀', '\ud800', 'a')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 64 }), (s, max) => {
        const chunks = chunkString(s, max);
        expect(chunks.join('')).toBe(s);
        for (const c of chunks) expect(encoder.encode(c).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
