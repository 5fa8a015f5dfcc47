/**
 * Turning a recognition decision's list (spreadsheet rows) into initiative records, for
 * `npm run import`. Pure: the script reads the file and writes the content; this module maps
 * columns, matches units by current and former names (diacritics- and case-insensitive),
 * maps levels, awards and fields from their ids or Vietnamese labels, and says why a row
 * cannot be mapped.
 */
import { stringify } from 'yaml';
import { AWARDS, HOLDERS, LEVELS, labelOf, type Vocabulary } from '../../vocabulary.ts';
import { isIsoDate, yearOf } from '../text/dates.ts';
import { foldVietnamese } from '../text/text.ts';
import type { UnitFacts } from '../content/records.ts';

/** The documented columns: key → accepted headers (first one is the documented Vietnamese header). */
export const IMPORT_COLUMNS = {
  title: { headers: ['Tên sáng kiến', 'title'], required: true },
  unit: { headers: ['Đơn vị', 'unit'], required: true },
  field: { headers: ['Lĩnh vực', 'field'], required: true },
  authors: { headers: ['Tác giả', 'authors'], required: false },
  level: { headers: ['Cấp công nhận', 'level'], required: true },
  award: { headers: ['Hình thức khen thưởng', 'award'], required: true },
  decisionNumber: { headers: ['Số quyết định', 'decision number', 'decisionNumber'], required: true },
  decisionDate: { headers: ['Ngày quyết định', 'date', 'decisionDate'], required: true },
  issuer: { headers: ['Cơ quan ban hành', 'issuer'], required: true },
  year: { headers: ['Năm xét', 'year'], required: false },
  holder: { headers: ['Chủ thể', 'holder'], required: false },
  consent: { headers: ['Đồng ý công bố tên', 'consent'], required: false },
  summary: { headers: ['Tóm tắt', 'summary'], required: false },
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** A cell as read from CSV (string) or a spreadsheet (string, number, Date). */
export type Cell = string | number | Date | null | undefined;

/** Compare key: diacritics, `đ`, case, punctuation and spacing ignored. */
export function foldKey(text: string): string {
  return foldVietnamese(text.normalize('NFC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Map header cells to columns; unknown headers are reported, missing required ones too. */
export function mapHeader(header: Cell[]): { columns: Map<ImportColumn, number>; missing: string[]; unknown: string[] } {
  const columns = new Map<ImportColumn, number>();
  const unknown: string[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const key = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).find((k) => IMPORT_COLUMNS[k].headers.some((h) => foldKey(h) === foldKey(text)));
    if (key && !columns.has(key)) columns.set(key, index);
    else unknown.push(text);
  });
  const missing = (Object.keys(IMPORT_COLUMNS) as ImportColumn[])
    .filter((k) => IMPORT_COLUMNS[k].required && !columns.has(k))
    .map((k) => IMPORT_COLUMNS[k].headers[0]);
  return { columns, missing, unknown };
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** `18/5/2023`, `2023-05-18` or a spreadsheet date → `2023-05-18`; undefined if not a real date. */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const text = cellText(cell);
  let iso = text;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn) iso = `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A value of a vocabulary from its id or its label (folded), or a unique label containing it. */
export function matchVocabulary<K extends string>(vocab: Vocabulary<K>, cell: Cell): K | undefined {
  const wanted = foldKey(cellText(cell));
  if (!wanted) return undefined;
  const keys = [...vocab.keys()];
  const exact = keys.find((k) => foldKey(k) === wanted || foldKey(labelOf(vocab, k)) === wanted);
  if (exact) return exact;
  const partial = keys.filter((k) => ` ${foldKey(labelOf(vocab, k))} `.includes(` ${wanted} `));
  return partial.length === 1 ? partial[0] : undefined;
}

/** A unit as the importer matches names against it: its id, names (former ones as plain names) and area. */
export type UnitNames = Pick<UnitFacts, 'id' | 'name' | 'area'> & { formerNames: string[] };

/** Index of units by folded id, current name and former names. Ambiguous names map to several ids. */
export function unitIndex(units: readonly UnitNames[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = foldKey(name);
    if (!index.has(key)) index.set(key, new Set());
    index.get(key)!.add(id);
  };
  for (const u of units) {
    add(u.id, u.id);
    add(u.name, u.id);
    for (const f of u.formerNames) add(f, u.id);
  }
  return index;
}

export interface ImportContext {
  units: readonly UnitNames[];
  fields: Vocabulary<string>;
  campaign: string;
  demo: boolean;
}

export interface MappedRow {
  /** 1-based row number in the spreadsheet (the header is row 1). */
  row: number;
  data: Record<string, unknown>;
}

export interface RowError {
  row: number;
  message: string;
}

/** Map one data row, or say every reason it cannot be mapped. */
export function mapRow(cells: Cell[], columns: Map<ImportColumn, number>, row: number, ctx: ImportContext, index = unitIndex(ctx.units)): MappedRow | RowError {
  const get = (c: ImportColumn): Cell => {
    const i = columns.get(c);
    return i === undefined ? undefined : cells[i];
  };
  const text = (c: ImportColumn) => cellText(get(c));
  const reasons: string[] = [];

  const title = text('title');
  if (!title) reasons.push('thiếu tên sáng kiến');

  const unitName = text('unit');
  const unitIds = [...(index.get(foldKey(unitName)) ?? [])];
  const unit = unitIds.length === 1 ? ctx.units.find((u) => u.id === unitIds[0]) : undefined;
  if (!unitName) reasons.push('thiếu đơn vị');
  else if (unitIds.length > 1) reasons.push(`tên đơn vị "${unitName}" trùng với nhiều đơn vị (${unitIds.join(', ')}); ghi mã đơn vị thay cho tên`);
  else if (!unit) reasons.push(`không tìm thấy đơn vị "${unitName}" (kể cả tên cũ) trong content/units/; tạo đơn vị trước bằng: npm run new -- don-vi "${unitName}"`);

  const field = matchVocabulary(ctx.fields, get('field'));
  if (!field) reasons.push(`lĩnh vực "${text('field')}" không có trong content/fields.yaml`);
  const level = matchVocabulary(LEVELS, get('level'));
  if (!level) reasons.push(`cấp công nhận "${text('level')}" không rõ (dùng: ${[...LEVELS.values()].join('; ')})`);
  const award = matchVocabulary(AWARDS, get('award'));
  if (!award) reasons.push(`hình thức khen thưởng "${text('award')}" không rõ (dùng: ${[...AWARDS.values()].join('; ')})`);
  const decisionNumber = text('decisionNumber');
  if (!decisionNumber) reasons.push('thiếu số quyết định');
  const decisionDate = parseDate(get('decisionDate'));
  if (!decisionDate) reasons.push(`ngày quyết định "${text('decisionDate')}" không hợp lệ (ghi ngày/tháng/năm, ví dụ 18/5/2025)`);
  const issuer = text('issuer');
  if (!issuer) reasons.push('thiếu cơ quan ban hành');
  let year = decisionDate ? yearOf(decisionDate) : undefined;
  if (text('year')) {
    year = Number(text('year'));
    if (!Number.isInteger(year)) reasons.push(`năm xét "${text('year')}" không phải là số`);
  }
  const authors = text('authors')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const holder = text('holder') ? matchVocabulary(HOLDERS, get('holder')) : authors.length === 1 ? 'ca-nhan' : 'tap-the';
  if (!holder) reasons.push(`chủ thể "${text('holder')}" không rõ (Cá nhân hoặc Tập thể)`);
  const consent = ['co', 'x', 'true', '1', 'dong y'].includes(foldKey(text('consent')));

  if (reasons.length || !unit || !level || !award || !decisionDate || !field || !holder || year === undefined) {
    return { row, message: reasons.join('; ') };
  }
  // The name as written in the decision, spelt as in the unit file when it only differs in accents or case.
  const nameAtRecognition = [unit.name, ...unit.formerNames].find((n) => foldKey(n) === foldKey(unitName)) ?? unit.name;
  const summary =
    text('summary') || `${title}: sáng kiến của ${nameAtRecognition}, được công nhận ${labelOf(LEVELS, level).charAt(0).toLowerCase()}${labelOf(LEVELS, level).slice(1)} năm ${year}.`;
  return {
    row,
    data: {
      title,
      summary,
      field,
      area: unit.area,
      unit: unit.id,
      unitNameAtRecognition: nameAtRecognition,
      holder,
      authors: authors.map((name) => ({ name, consent })),
      campaign: ctx.campaign,
      recognitions: [{ level, award, decisionNumber, decisionDate, issuer, year }],
      status: { state: 'dang-ap-dung', verifiedAt: decisionDate, replicatedBy: [] },
      demo: ctx.demo,
    },
  };
}

/** The Markdown file for an imported record. */
export function toMarkdown(data: Record<string, unknown>, origin: string): string {
  const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n# ${origin}\n${yaml}\n---\n`;
}
