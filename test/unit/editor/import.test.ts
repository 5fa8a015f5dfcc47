/**
 * `npm run import`: the example decision list (.xlsx and .csv) becomes initiative files that pass
 * the shared validator; units are found by former names and without diacritics; a second import
 * refuses to overwrite; unmappable rows are reported with their row numbers.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentCopy, ROOT, runCheck } from '../../helpers/content-fixture.ts';
import { readCollection } from '../../helpers/content-files.ts';
import { IMPORT_COLUMNS, matchVocabulary, parseDate } from '../../../src/lib/editor/importer.ts';
import { LEVELS } from '../../../src/vocabulary.ts';
import { parseCsv } from '../../../src/lib/text/csv.ts';

const CSV = join(ROOT, 'docs/vi-du/quyet-dinh-mau.csv');
const XLSX = join(ROOT, 'docs/vi-du/quyet-dinh-mau.xlsx');

function runImport(contentDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: '2026-11-23' }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** The example's rows, by header. */
function exampleRows(): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(CSV, 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

let content: ContentCopy;
beforeEach(() => {
  // The shipped content: the example names its real units.
  content = new ContentCopy(join(ROOT, 'content'));
});
afterEach(() => content.remove());

/** Initiatives whose file starts with the import stamp. */
const imported = (c: ContentCopy) => readCollection(c.dir, 'initiatives').filter((e) => readFileSync(join(c.dir, 'initiatives', e.file), 'utf8').includes('# Nhập từ quyet-dinh-mau'));

describe('npm run import', () => {
  for (const file of [XLSX, CSV]) {
    it(`imports ${file.split('/').pop()}: one valid file per row, units matched by former name and without diacritics`, () => {
      const before = new Set(readdirSync(content.path('initiatives')));
      const r = runImport(content.dir, file, '--demo');
      expect(r.status, r.out).toBe(0);
      const rows = exampleRows();
      const created = readdirSync(content.path('initiatives')).filter((f) => !before.has(f));
      expect(created).toHaveLength(rows.length);
      const entries = imported(content);
      expect(entries.map((e) => e.data.title).sort()).toEqual(rows.map((r) => r['Tên sáng kiến']).sort());

      const units = readCollection(content.dir, 'units');
      for (const row of rows) {
        const e = entries.find((x) => x.data.title === row['Tên sáng kiến'])!;
        // Independent unit lookup: a unit whose name or former name is the row's text, ignoring accents and case.
        const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
        const unit = units.find((u) => [u.data.name, ...(u.data.formerNames ?? []).map((f: { name: string }) => f.name)].some((n: string) => fold(n) === fold(row['Đơn vị']!)));
        expect(unit, row['Đơn vị']).toBeDefined();
        expect(e.data.unit).toBe(unit!.slug);
        expect(e.data.area).toBe(unit!.data.area);
        expect(fold(e.data.unitNameAtRecognition)).toBe(fold(row['Đơn vị']!));
        expect(e.data.recognitions[0].decisionNumber).toBe(row['Số quyết định']);
        const [d, m, y] = row['Ngày quyết định']!.split('/').map(Number);
        expect(e.data.recognitions[0].decisionDate).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        expect(e.data.recognitions[0].issuer).toBe(row['Cơ quan ban hành']);
        const authors = row['Tác giả']!.split(';').map((a) => a.trim()).filter(Boolean);
        expect(e.data.authors.map((a: { name: string }) => a.name)).toEqual(authors);
        for (const a of e.data.authors) expect(a.consent).toBe(row['Đồng ý công bố tên'] === 'có');
        expect(e.data.demo).toBe(true);
      }
      // The former-name row keeps the name of the decision; the accent-less row gets the accented name.
      expect(entries.some((e) => e.data.unitNameAtRecognition === 'UBND phường Giang Biên' && e.data.unit === 'ubnd-phuong-viet-hung')).toBe(true);
      expect(entries.some((e) => e.data.unitNameAtRecognition === 'Trường THCS Hoa Sữa')).toBe(true);
      expect(runCheck(content.dir).status).toBe(0);
    });
  }

  it('refuses to overwrite on a second import, naming each row', () => {
    expect(runImport(content.dir, CSV, '--demo').status).toBe(0);
    const snapshot = new Map(readdirSync(content.path('initiatives')).map((f) => [f, statSync(content.path(`initiatives/${f}`)).mtimeMs]));
    const again = runImport(content.dir, XLSX, '--demo');
    expect(again.status).toBe(1);
    for (let row = 2; row <= exampleRows().length + 1; row++) expect(again.out).toMatch(new RegExp(`dòng ${row}: đã có .*không ghi đè`));
    expect(new Map(readdirSync(content.path('initiatives')).map((f) => [f, statSync(content.path(`initiatives/${f}`)).mtimeMs]))).toEqual(snapshot);
  });

  it('reports rows it cannot map with their row numbers, and imports the others', () => {
    const csv = readFileSync(CSV, 'utf8').trim().split('\n');
    csv[2] = csv[2]!.replace('truong thcs hoa sua', 'Trường không có thật');
    csv[3] = csv[3]!.replace('15/9/2025', '31/9/2025').replace('Bằng khen', 'Huân chương');
    content.write('ds.csv', `${csv.join('\n')}\n`);
    const r = runImport(content.dir, content.path('ds.csv'), '--demo');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/dòng 3: không tìm thấy đơn vị "Trường không có thật"/);
    expect(r.out).toMatch(/dòng 4: hình thức khen thưởng "Huân chương" không rõ.*; ngày quyết định "31\/9\/2025" không hợp lệ/);
    expect(r.out).toMatch(/✓ Đã tạo 2 tệp/);
    expect(imported(content)).toHaveLength(0); // stamp names ds.csv, not the example
    expect(readCollection(content.dir, 'initiatives').filter((e) => readFileSync(join(content.dir, 'initiatives', e.file), 'utf8').includes('# Nhập từ ds.csv'))).toHaveLength(2);
  });

  it('stops with the list of missing columns', () => {
    content.write('ds.csv', 'Tên sáng kiến,Đơn vị\nA,B\n');
    const r = runImport(content.dir, content.path('ds.csv'));
    expect(r.status).toBe(2);
    for (const key of Object.keys(IMPORT_COLUMNS) as (keyof typeof IMPORT_COLUMNS)[]) {
      const h = IMPORT_COLUMNS[key];
      if (h.required && !['title', 'unit'].includes(key)) expect(r.out).toContain(h.headers[0]);
    }
  });

  it('ships the same rows in the .xlsx and the .csv example', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(XLSX);
    const sheet = wb.worksheets[0]!;
    const rows = exampleRows();
    expect(sheet.actualRowCount).toBe(rows.length + 1);
    rows.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      expect(cells.getCell(1).value).toBe(row['Tên sáng kiến']);
      expect(parseDate(cells.getCell(8).value as Date)).toBe(parseDate(row['Ngày quyết định']));
    });
  });
});

describe('importer helpers', () => {
  it('reads Vietnamese and ISO dates, rejects impossible ones', () => {
    expect(parseDate('2/6/2025')).toBe('2025-06-02');
    expect(parseDate('2025-06-02')).toBe('2025-06-02');
    expect(parseDate('30/2/2025')).toBeUndefined();
  });
  it('maps levels from ids, labels and short forms without diacritics', () => {
    expect(matchVocabulary(LEVELS, 'cap-huyen')).toBe('cap-huyen');
    expect(matchVocabulary(LEVELS, 'Cấp thành phố')).toBe('thanh-pho');
    expect(matchVocabulary(LEVELS, 'cap quan')).toBe('cap-huyen');
    expect(matchVocabulary(LEVELS, 'Cấp')).toBeUndefined(); // ambiguous
  });
});
