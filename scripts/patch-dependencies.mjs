// @ts-check
/**
 * Run after `npm install` (package.json `postinstall`): four fixes to Astro 7.3.5 that the city's volume needs,
 * until they land upstream. Idempotent; fails loudly if the code a patch replaces has changed (then check whether
 * the new Astro still needs it, and drop or update the patch). Measured effects: docs/performance.md.
 *
 * 1. Astro's chunked content store (`experimental.collectionStorage: 'chunked'`) splits the serialised store into
 *    chunks by encoding every character separately with a TextEncoder to count its UTF-8 bytes. For Vietnamese
 *    text at 25,000 records that took 2 min 40 s of a build (round 5); the byte length of a code point is
 *    arithmetic (a lone surrogate, like the encoder's U+FFFD, counts 3).
 * 2. Every `image()` field of every entry becomes its own import in `.astro/content-assets.mjs`, because the
 *    import's id names the entry file (`?astroContentImageFlag=&importer=<file>`), even when thousands of entries
 *    show the same photo. At 50,000 records that was 51,201 modules for 13 photos: 38 s of bundling and about
 *    3 GB of the bundler's native memory, kept for the rest of the build (round 8). A relative path resolves
 *    from the entry's folder, not from the file, so the id now names the folder: entries of one folder that
 *    show the same photo share one import. The writer of content-assets.mjs and the runtime lookup both call
 *    this one function, so they stay in step.
 * 3. With the chunked store, every chunk (1 MiB of serialised records) became a module of the page bundle,
 *    `export default "<the chunk as one string literal>"`: at 50,000 records about 170 modules and 170 MB of
 *    source that the bundler parses and writes out again, about 1.6 GB of its native memory (round 8). A static
 *    build renders its pages in the same process, on the same machine, right after the content sync, so a chunk
 *    module now reads its file from the content store (Astro's cache folder) when the pages are rendered. The
 *    chunk's file name is a hash of its contents, so a changed chunk is still a changed module. Static builds only
 *    (an adapter's server bundle would not find the cache folder): this site has no server.
 * 4. With a Content-Security-Policy, every page hashes each of its inline stylesheets for the policy's `style-src`,
 *    with an asynchronous Web Crypto call per stylesheet and page, although a route's pages share the same few
 *    stylesheets: 3.3 s of the rendering thread at 10,000 records (round 9). The digest of a given text is now
 *    computed once and remembered (at most 1,000 texts, then the memory starts over).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PATCHES = [
  {
    name: 'content store writer (UTF-8 length without an encoder per character)',
    file: 'astro/dist/content/data-store-writer.js',
    original: 'const charBytes = ENCODER.encode(str.slice(index, index + charLength)).length;',
    patched: 'const charBytes = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // patched: scripts/patch-dependencies.mjs',
  },
  {
    name: 'content image imports (one import per photo and folder, not per entry)',
    file: 'astro/dist/assets/utils/resolveImports.js',
    original: 'params.set("importer", filePath);',
    patched: 'params.set("importer", filePath.replace(/[^/\\\\]*$/, "_")); // patched: scripts/patch-dependencies.mjs',
  },
  {
    name: 'content store chunks (read from the cache at render time, not bundled)',
    file: 'astro/dist/content/vite-plugin-content-virtual-mod.js',
    original: `const contents = await fs.promises.readFile(
            new URL(\`./\${fileName}\`, dataStoreDir),
            "utf-8"
          );
          return {
            code: \`export default \${JSON.stringify(contents)}\`,`,
    patched: `const chunkPath = fileURLToPath(new URL(\`./\${fileName}\`, dataStoreDir)); // patched: scripts/patch-dependencies.mjs
          return {
            code: \`import { readFileSync } from "node:fs"; export default readFileSync(\${JSON.stringify(chunkPath)}, "utf-8");\`,`,
  },
  {
    name: 'CSP digests (each distinct inline text hashed once per build, not once per page)',
    file: 'astro/dist/core/encryption.js',
    original: `async function generateCspDigest(data, algorithm) {
  const hashBuffer`,
    patched: `const cspDigests = /* @__PURE__ */ new Map(); // patched: scripts/patch-dependencies.mjs
function generateCspDigest(data, algorithm) {
  let byText = cspDigests.get(algorithm);
  if (!byText) cspDigests.set(algorithm, (byText = /* @__PURE__ */ new Map()));
  let digest = byText.get(data);
  if (!digest) {
    if (byText.size >= 1000) byText.clear();
    digest = computeCspDigest(data, algorithm);
    byText.set(data, digest);
    digest.catch(() => byText.delete(data));
  }
  return digest;
}
async function computeCspDigest(data, algorithm) {
  const hashBuffer`,
  },
];

for (const patch of PATCHES) {
  const file = fileURLToPath(new URL(`../node_modules/${patch.file}`, import.meta.url));
  if (!existsSync(file)) {
    console.log(`patch-dependencies: ${patch.file} not installed, nothing to patch`);
    continue;
  }
  const source = readFileSync(file, 'utf8');
  if (source.includes(patch.patched)) {
    console.log(`patch-dependencies: ${patch.name}: already patched`);
  } else if (source.includes(patch.original)) {
    writeFileSync(file, source.replace(patch.original, patch.patched));
    console.log(`patch-dependencies: ${patch.name}: patched`);
  } else {
    throw new Error(`patch-dependencies: ${file} no longer has the code this patch replaces; check whether Astro still needs it`);
  }
}
