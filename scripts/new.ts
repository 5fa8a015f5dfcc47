/**
 * `npm run new`: create a new content file from a template, every field pre-filled with guidance.
 *   npm run new -- sang-kien "Tên sáng kiến"
 *   npm run new -- don-vi "Tên đơn vị"
 *   npm run new -- trien-lam "Tên triển lãm"
 * The file name is an ASCII slug of the title (`đ` → `d`), never the name of an existing entry.
 * The new file fails `npm run check` (rule `placeholder`) until every «…» is replaced.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, contentDir } from '../src/lib/config.ts';
import { loadTaxonomy } from '../src/lib/content/taxonomy.ts';
import { idFromPath } from '../src/lib/text/text.ts';
import { listContentFiles } from '../src/lib/validation/files.ts';
import { readSource } from '../src/lib/validation/source.ts';
import { SCAFFOLD_KINDS, allocateSlug, scaffold, type ScaffoldKind } from '../src/lib/editor/scaffold.ts';

const USAGE = `Cách dùng:
  npm run new -- sang-kien "Tên sáng kiến"
  npm run new -- don-vi "Tên đơn vị"
  npm run new -- trien-lam "Tên triển lãm"`;

function fail(message: string): never {
  console.error(`✗ ${message}\n\n${USAGE}`);
  process.exit(2);
}

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').normalize('NFC').trim();
if (!kind || !(kind in SCAFFOLD_KINDS)) fail(`Loại nội dung "${kind ?? ''}" không có. Dùng sang-kien, don-vi hoặc trien-lam.`);
if (!title) fail('Thiếu tên (đặt trong dấu ngoặc kép).');

const dir = contentDir();
const { folder, extension } = SCAFFOLD_KINDS[kind as ScaffoldKind];
const folderPath = join(dir, folder);
const taken = new Set(listContentFiles(folderPath).map((f) => idFromPath(relative(folderPath, f))));
const slug = allocateSlug(title, taken);
if (!slug) fail('Tên phải có ít nhất một chữ cái hoặc chữ số.');

const taxonomy = loadTaxonomy(dir);
const campaignsDir = join(dir, COLLECTIONS.campaigns);
const campaigns = new Map(
  listContentFiles(campaignsDir).map((f) => {
    const data = readSource(f, readFileSync(f, 'utf8')).data as { shortTitle?: string } | undefined;
    return [idFromPath(relative(campaignsDir, f)), data?.shortTitle ?? ''] as [string, string];
  }),
);

const file = join(folderPath, `${slug}${extension}`);
mkdirSync(folderPath, { recursive: true });
// 'wx': never overwrite, even if a file appeared since the folder was listed.
writeFileSync(file, scaffold(kind as ScaffoldKind, title, { fields: taxonomy.fieldVocabulary, areas: taxonomy.areaVocabulary, campaigns }), { flag: 'wx' });

const shown = relative(process.cwd(), file);
console.log(`✓ Đã tạo ${shown}
  Địa chỉ trang sẽ là: /${kind}/${slug}/
  Tiếp theo: mở tệp, thay mọi cụm «…» theo ghi chú, rồi chạy "npm run check" đến khi thấy "✓ Nội dung hợp lệ."`);
