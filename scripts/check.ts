/**
 * `npm run check`: validate every content file without building the site, with the same
 * rules as the build (src/lib/validation). Prints `file:line: field: message` for every
 * problem at once; exits 1 on any error, 0 when only warnings remain.
 *   npm run check                 # content/
 *   CONTENT_DIR=path npm run check
 *   npm run check -- --fix        # first rewrite files that are not Unicode NFC (nothing else changes)
 */
import { contentDir } from '../src/lib/config.ts';
import { today } from '../src/lib/text/dates.ts';
import { formatReport, validateContent } from '../src/lib/validation/validate.ts';
import { fixNfcFiles } from '../src/lib/validation/text-quality.ts';

const started = performance.now();
if (process.argv.includes('--fix')) {
  for (const file of fixNfcFiles(contentDir())) console.log(`Đã chuẩn hóa Unicode (NFC): ${file}`);
}
const result = await validateContent({ contentDir: contentDir(), today: today() });
const files = Object.values(result.counts).reduce((a, b) => a + b, 0);
console.log(formatReport(result.problems));
console.log(`Đã kiểm tra ${files} tệp trong ${Math.round(performance.now() - started)} ms.`);
process.exit(result.errorCount ? 1 : 0);
