// @ts-check
/**
 * Run after `npm install` (package.json `postinstall`): one fix to Astro 7.3.5 that the city's volume needs,
 * until it lands upstream. Idempotent; fails loudly if the code it patches has changed (then check whether the
 * new Astro still needs it, and drop or update the patch).
 *
 * Astro's chunked content store (`experimental.collectionStorage: 'chunked'`) splits the serialised store into
 * chunks by encoding every character separately with a TextEncoder to count its UTF-8 bytes. For Vietnamese
 * text at 25,000 records that took 2 min 40 s of a build (README, Performance); the byte length of a code
 * point is arithmetic (a lone surrogate, like the encoder's U+FFFD, counts 3).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../node_modules/astro/dist/content/data-store-writer.js', import.meta.url));
const ORIGINAL = 'const charBytes = ENCODER.encode(str.slice(index, index + charLength)).length;';
const PATCHED = 'const charBytes = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // patched: scripts/patch-dependencies.mjs';

if (!existsSync(file)) {
  console.log('patch-dependencies: astro not installed, nothing to patch');
} else {
  const source = readFileSync(file, 'utf8');
  if (source.includes(PATCHED)) {
    console.log('patch-dependencies: astro content store writer already patched');
  } else if (source.includes(ORIGINAL)) {
    writeFileSync(file, source.replace(ORIGINAL, PATCHED));
    console.log('patch-dependencies: patched astro content store writer (UTF-8 length without an encoder per character)');
  } else {
    throw new Error(`patch-dependencies: ${file} no longer has the code this patch replaces; check whether Astro still needs it`);
  }
}
