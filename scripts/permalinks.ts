/**
 * Permalink guard. `node scripts/permalinks.ts check [outDir]` compares the URLs of a build
 * (`<outDir>/permalinks.json`, written by the build) with the committed `permalinks.json`: every URL
 * published before must still exist or be redirected (content/redirects.yaml). Exit 1 if not.
 * `node scripts/permalinks.ts update [outDir]` records the build's URLs as the new committed manifest
 * (only additions are expected; run it after a build you are about to publish).
 * `node scripts/permalinks.ts retire <date> <reason> [outDir]` records, once, a product decision to retire the
 * URLs the build no longer has: they move from `urls` to a dated entry of `retired` (README, "Stable URLs").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/lib/config.ts';
import { loadRedirects } from '../src/lib/routes/redirects.ts';
import { checkPermalinks, formatGuardReport, manifestText, retireMissing, type PermalinkManifest } from '../src/lib/routes/permalinks.ts';

const args = process.argv.slice(2);
const command = args[0] ?? 'check';
const outArg = command === 'retire' ? args[3] : args[1];
const out = resolve(outArg ?? process.env.OUT_DIR ?? 'dist');
const committedFile = resolve(process.env.PERMALINKS_FILE ?? 'permalinks.json');
const manifest = (file: string): PermalinkManifest => JSON.parse(readFileSync(file, 'utf8')) as PermalinkManifest;
const read = (file: string): string[] => manifest(file).urls;

const current = read(join(out, 'permalinks.json'));
if (command === 'update') {
  const previous = read(committedFile);
  const merged = [...new Set([...previous, ...current])].sort();
  const result = checkPermalinks(previous, current, loadRedirects(contentDir()));
  if (!result.ok) {
    console.error(formatGuardReport(result));
    process.exit(1);
  }
  writeFileSync(committedFile, manifestText({ ...manifest(committedFile), urls: merged }));
  console.log(`permalinks.json: ${merged.length} URLs (${merged.length - previous.length} new).`);
} else if (command === 'check') {
  const result = checkPermalinks(read(committedFile), current, loadRedirects(contentDir()));
  console.log(formatGuardReport(result));
  process.exit(result.ok ? 0 : 1);
} else if (command === 'retire' && args[1] && args[2]) {
  const next = retireMissing(manifest(committedFile), current, { date: args[1], reason: args[2] });
  writeFileSync(committedFile, manifestText(next));
  console.log(`permalinks.json: ${next.urls.length} URLs, ${next.retired?.at(-1)?.urls.length ?? 0} retired.`);
} else {
  console.error('Dùng: node scripts/permalinks.ts check|update [thư mục build] | retire <ngày> <lý do> [thư mục build]');
  process.exit(2);
}
