/**
 * `npm run import`: turn a recognition decision's list (.xlsx or .csv) into initiative files.
 *   npm run import -- docs/vi-du/quyet-dinh-mau.xlsx [--phong-trao <id>] [--demo]
 * Columns are documented in docs/huong-dan-bien-tap.md (and IMPORT_COLUMNS in src/lib/editor/importer.ts).
 * Units are matched by id, current name or former name, ignoring diacritics and case.
 * Never overwrites a file: a row whose initiative already exists is reported and skipped.
 * Every row that cannot be mapped is reported with its row number. The written files are then
 * checked with the same validator as `npm run check` and the build.
 * Exit code: 0 all rows imported and valid; 1 some rows skipped or invalid; 2 unusable input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { COLLECTIONS, contentDir } from '../src/lib/config.ts';
import { today } from '../src/lib/text/dates.ts';
import { loadTaxonomy } from '../src/lib/content/taxonomy.ts';
import { idFromPath } from '../src/lib/text/text.ts';
import { allocateSlug } from '../src/lib/editor/scaffold.ts';
import { cellText, foldKey, mapHeader, mapRow, toMarkdown, unitIndex, type Cell, type UnitNames } from '../src/lib/editor/importer.ts';
import { formatReport, validateContent } from '../src/lib/validation/validate.ts';
import { listContentFiles } from '../src/lib/validation/files.ts';
import { readSource } from '../src/lib/validation/source.ts';
import { parseCsv } from '../src/lib/text/csv.ts';

const USAGE = 'Cách dùng: npm run import -- <tệp .xlsx hoặc .csv> [--phong-trao <mã phong trào>] [--demo]';
function stop(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const campaignFlag = args.indexOf('--phong-trao');
const campaignArg = campaignFlag >= 0 ? args[campaignFlag + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && !(campaignFlag >= 0 && i === campaignFlag + 1));
if (!input) stop('Thiếu tên tệp cần nhập.');
if (!existsSync(input)) stop(`Không tìm thấy tệp "${input}".`);

/** Rows of the first worksheet (or the CSV), each an array of cells; row 1 is the header. */
async function readTable(file: string): Promise<Cell[][]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return parseCsv(readFileSync(file, 'utf8'));
  if (ext === '.xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) stop('Tệp Excel không có trang tính nào.');
    const rows: Cell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(v && typeof v === 'object' && !(v instanceof Date) ? ('richText' in v ? v.richText.map((t) => t.text).join('') : 'result' in v ? (v.result as Cell) : 'text' in v ? String(v.text) : '') : (v as Cell));
      }
      rows.push(cells);
    }
    return rows;
  }
  stop(`Chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel rồi "Lưu thành" .xlsx).`);
}


const dir = contentDir();
const table = await readTable(input);
const [header = [], ...body] = table;
const { columns, missing, unknown } = mapHeader(header);
if (missing.length) stop(`Thiếu cột: ${missing.join(', ')} (dòng 1 phải là tên cột).`);
if (unknown.length) console.log(`! Bỏ qua các cột không dùng: ${unknown.join(', ')}`);

// Units and campaigns as they are now in the content folder.
const unitsDir = join(dir, COLLECTIONS.units);
const units: UnitNames[] = listContentFiles(unitsDir).flatMap((f) => {
  const data = readSource(f, readFileSync(f, 'utf8').normalize('NFC')).data as { name?: string; area?: string; formerNames?: { name: string }[] } | undefined;
  return data?.name ? [{ id: idFromPath(relative(unitsDir, f)), name: data.name, area: data.area ?? '', formerNames: (data.formerNames ?? []).map((n) => n.name) }] : [];
});
const campaignsDir = join(dir, COLLECTIONS.campaigns);
const campaigns = listContentFiles(campaignsDir).map((f) => ({
  id: idFromPath(relative(campaignsDir, f)),
  parent: (readSource(f, readFileSync(f, 'utf8')).data as { parent?: string } | undefined)?.parent,
}));
const topLevel = campaigns.filter((c) => !c.parent);
const campaign = campaignArg ?? (topLevel.length === 1 ? topLevel[0]!.id : undefined);
if (!campaign || !campaigns.some((c) => c.id === campaign)) {
  stop(`Cần ghi phong trào: --phong-trao <mã>, một trong: ${campaigns.map((c) => c.id).join(', ')}.`);
}

// Existing initiatives, by id and by folded title: a row already imported is never written again.
const initiativesDir = join(dir, COLLECTIONS.initiatives);
const taken = new Set<string>();
const byTitle = new Map<string, string>();
for (const f of listContentFiles(initiativesDir)) {
  taken.add(idFromPath(relative(initiativesDir, f)));
  const title = (readSource(f, readFileSync(f, 'utf8').normalize('NFC')).data as { title?: string } | undefined)?.title;
  if (title) byTitle.set(foldKey(title), relative(process.cwd(), f));
}

const fields = loadTaxonomy(dir).fieldVocabulary;
const index = unitIndex(units);
const written: string[] = [];
const skipped: string[] = [];
const stamp = `Nhập từ ${basename(input)} ngày ${today()}`;
mkdirSync(initiativesDir, { recursive: true });
body.forEach((cells, i) => {
  const row = i + 2;
  if (cells.every((c) => !cellText(c))) return;
  const mapped = mapRow(cells, columns, row, { units, fields, campaign, demo }, index);
  if ('message' in mapped) {
    skipped.push(`  dòng ${row}: ${mapped.message}.`);
    return;
  }
  const title = mapped.data.title as string;
  const existing = byTitle.get(foldKey(title));
  if (existing) {
    skipped.push(`  dòng ${row}: đã có ${existing} cùng tên sáng kiến; không ghi đè. Nếu đây là lần công nhận ở cấp mới, thêm một mục vào recognitions của tệp đó.`);
    return;
  }
  const slug = allocateSlug(title, taken)!;
  const file = join(initiativesDir, `${slug}.md`);
  writeFileSync(file, toMarkdown(mapped.data, `${stamp}, dòng ${row}.`), { flag: 'wx' });
  taken.add(slug);
  byTitle.set(foldKey(title), relative(process.cwd(), file));
  written.push(relative(process.cwd(), file));
});

console.log(written.length ? `✓ Đã tạo ${written.length} tệp:\n${written.map((f) => `  ${f}`).join('\n')}` : 'Không tạo tệp nào.');
if (skipped.length) console.log(`✗ ${skipped.length} dòng không nhập được:\n${skipped.join('\n')}`);

// The same validation as `npm run check` and the build, reported for the files just written.
const result = await validateContent({ contentDir: dir, today: today() });
const mine = new Set(written);
const problems = result.problems.filter((p) => mine.has(p.file));
if (written.length) console.log(`Kiểm tra các tệp vừa tạo:\n${formatReport(problems)}`);
const invalid = problems.some((p) => p.severity === 'error');
process.exit(skipped.length || invalid ? 1 : 0);
