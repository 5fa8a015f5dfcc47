/** The Astro patches (scripts/patch-dependencies.mjs) are in place, and each still does what its original did. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';

const ASTRO = resolve(import.meta.dirname, '../../../node_modules/astro/dist');
const WRITER = join(ASTRO, 'content/data-store-writer.js');
const IMPORTS = join(ASTRO, 'assets/utils/resolveImports.js');
const CHUNKS = join(ASTRO, 'content/vite-plugin-content-virtual-mod.js');
const ENCRYPTION = join(ASTRO, 'core/encryption.js');

describe('patched Astro content store writer', () => {
  it('is patched after npm install', () => {
    expect(readFileSync(WRITER, 'utf8')).toContain('patched: scripts/patch-dependencies.mjs');
  });

  it('chunks any text (Vietnamese, emoji, lone surrogates) into pieces that join back, each within the byte limit', async () => {
    const { chunkString } = (await import(/* @vite-ignore */ WRITER)) as { chunkString: (s: string, max: number) => string[] };
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

describe('patched Astro content image imports', () => {
  type ToId = (src: string, filePath?: string) => string | undefined;
  const load = async () => ((await import(/* @vite-ignore */ pathToFileURL(IMPORTS).href)) as { imageSrcToImportId: ToId }).imageSrcToImportId;
  /** What Astro's resolver does with an id (vite-plugin-content-assets.js): the source, from the importer's folder. */
  const resolvedFile = (id: string, root: URL) => {
    const [base, query] = id.split('?');
    const importer = fileURLToPath(new URL(new URLSearchParams(query).get('importer')!, root));
    return resolve(dirname(importer), base!);
  };

  it('is patched after npm install', () => {
    expect(readFileSync(IMPORTS, 'utf8')).toContain('patched: scripts/patch-dependencies.mjs');
  });

  it('gives entries of one folder that show the same photo one import, and still resolves to the file next to the entry', async () => {
    const toId = await load();
    const root = pathToFileURL('/project/');
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), segment, segment, fc.constantFrom('../images/a.jpg', './b.png', '../../c.webp', 'images/d.jpeg'), (folders, file1, file2, src) => {
        const folder = posix.join(...folders);
        const one = toId(src, `${folder}/${file1}.md`)!;
        const other = toId(src, `${folder}/${file2}.mdx`)!;
        expect(one).toBe(other);
        expect(resolvedFile(one, root)).toBe(resolve('/project', folder, src));
        expect(toId(src, `${folder}-x/${file1}.md`)).not.toBe(one);
      }),
    );
    expect(toId('https://example.org/a.jpg', 'x/y.md')).toBeUndefined();
  });
});

describe('patched Astro content store chunks', () => {
  // What the patch changes is proven by every build test: each page renders records read from these chunks.
  it('is patched after npm install: a chunk module reads its file instead of carrying it as a string literal', () => {
    const source = readFileSync(CHUNKS, 'utf8');
    expect(source).toContain('patched: scripts/patch-dependencies.mjs');
    expect(source).toContain('export default readFileSync(');
    expect(source).not.toContain('code: `export default ${JSON.stringify(contents)}`');
  });
});

describe('patched Astro CSP digests', () => {
  type Digest = (data: string, algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512') => Promise<string>;
  const load = async () => ((await import(/* @vite-ignore */ pathToFileURL(ENCRYPTION).href)) as { generateCspDigest: Digest }).generateCspDigest;

  it('is patched after npm install', () => {
    expect(readFileSync(ENCRYPTION, 'utf8')).toContain('patched: scripts/patch-dependencies.mjs');
  });

  it('gives the hash of exactly the text and algorithm asked, asked once or many times', async () => {
    const digest = await load();
    const expected = (text: string, algorithm: string) => `${algorithm.toLowerCase().replace('-', '')}-${createHash(algorithm.replace('-', '').toLowerCase()).update(text).digest('base64')}`;
    const texts = fc.sample(fc.string({ unit: 'grapheme', maxLength: 60 }), 50).concat(['', 'a', '.poster{display:none}', 'Đống Đa']);
    for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512'] as const) {
      for (const text of [...texts, ...texts]) expect(await digest(text, algorithm)).toBe(expected(text, algorithm));
    }
    // More distinct texts than it remembers: still right after it starts over.
    for (let i = 0; i < 1_100; i++) expect(await digest(`.a${i}{}`, 'SHA-256')).toBe(expected(`.a${i}{}`, 'SHA-256'));
    expect(await digest('.a3{}', 'SHA-256')).toBe(expected('.a3{}', 'SHA-256'));
  });
});
