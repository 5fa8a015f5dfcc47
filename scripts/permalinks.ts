/**
 * Permalink guard. `node scripts/permalinks.ts check [outDir]` compares the URLs of a build
 * (`<outDir>/permalinks.json`, written by the build) with the committed `permalinks.json`: every URL
 * published before must still exist or be redirected (content/redirects.yaml). Exit 1 if not.
 * `node scripts/permalinks.ts update [outDir]` records the build's URLs as the new committed manifest
 * (only additions are expected; run it after a build you are about to publish).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/lib/config.ts';
import { loadRedirects } from '../src/lib/redirects.ts';
import { checkPermalinks, formatGuardReport } from '../src/lib/permalinks.ts';

const [command = 'check', outArg] = process.argv.slice(2);
const out = resolve(outArg ?? process.env.OUT_DIR ?? 'dist');
const committedFile = resolve(process.env.PERMALINKS_FILE ?? 'permalinks.json');
const read = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { urls: string[] }).urls;

const current = read(join(out, 'permalinks.json'));
if (command === 'update') {
  const previous = read(committedFile);
  const merged = [...new Set([...previous, ...current])].sort();
  const result = checkPermalinks(previous, current, loadRedirects(contentDir()));
  if (!result.ok) {
    console.error(formatGuardReport(result));
    process.exit(1);
  }
  writeFileSync(committedFile, `${JSON.stringify({ urls: merged }, null, 1)}\n`);
  console.log(`permalinks.json: ${merged.length} URLs (${merged.length - previous.length} new).`);
} else if (command === 'check') {
  const result = checkPermalinks(read(committedFile), current, loadRedirects(contentDir()));
  console.log(formatGuardReport(result));
  process.exit(result.ok ? 0 : 1);
} else {
  console.error('Dùng: node scripts/permalinks.ts check|update [thư mục build]');
  process.exit(2);
}
