/**
 * Vietnamese text quality rules (issue #11), called by the validator for every content file:
 *  - `nfc` (warning): the file is not in Unicode NFC; `npm run check -- --fix` rewrites it.
 *    A warning, not an error: the build normalises everything it outputs, so readers never see
 *    the difference; only searching and diffing the repository suffer, and --fix cures it at once.
 *  - `legacy-encoding` (error): text pasted from a TCVN3 (ABC) or VNI document, shown as mojibake.
 *  - `tone-mark` (warning): a word with the tone mark placed in the other convention ("hoà" for "hòa").
 *  - `spelling` (warning): a word of a title or summary that is in neither the dictionary nor the word list.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLegacy } from '../vietnamese/legacy.ts';
import { isNfc, nonNfcLines } from '../vietnamese/nfc.ts';
import { createSpeller, parseWordList, unknownWords, WORD_LIST_FILE, type Speller } from '../vietnamese/spelling.ts';
import { findToneMismatches } from '../vietnamese/tone.ts';
import { fieldPath, type Problem } from './problems.ts';
import type { SourceFile } from './source.ts';

/** Fields whose words are spell-checked. */
export const SPELLED_FIELDS = new Set(['title', 'shortTitle', 'summary', 'name']);
/** Fields that hold paths, addresses or ids, not prose. */
const NOT_PROSE = new Set(['src', 'href', 'url', 'link', 'file', 'id']);

export interface TextQualityContext {
  speller: Speller;
  wordListFile: string;
  /** What the rules' results depend on besides a file's text: this code and the word list (for caching). */
  version: string;
}

/** The source files of the rules (their results change when these do). */
const RULE_SOURCES = ['./text-quality.ts', '../vietnamese/legacy.ts', '../vietnamese/nfc.ts', '../vietnamese/spelling.ts', '../vietnamese/tone.ts'];

/** Load the dictionary and the content folder's word list once per validation run. */
export function textQualityContext(contentDir: string, wordListFile: string): TextQualityContext {
  const path = join(contentDir, WORD_LIST_FILE);
  const list = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const version = createHash('sha256').update(list).update(wordListFile);
  for (const rel of RULE_SOURCES) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    version.update(existsSync(file) ? readFileSync(file) : rel);
  }
  return { speller: createSpeller(list ? parseWordList(list) : []), wordListFile, version: version.digest('hex') };
}

/** The text rules' results of some files, by cache key: what a worker thread hands back to be saved. */
export type TextResults = [string, Problem[]][];

/**
 * The text rules' results per file, kept in a JSON file between runs (the build's content guard passes one in
 * Astro's cache folder): a file whose text, name, word list and rules are unchanged is not checked again. At
 * 50,000 records the spelling, tone and legacy-encoding rules took most of the guard's half a minute.
 * Each thread that checks files has its own instance; the one that saves gathers the others' results.
 */
export class TextQualityCache {
  private seen = new Map<string, Problem[]>();
  /** Read at the first check: the thread that only gathers and saves results never needs it. */
  private stored: Map<string, Problem[]> | undefined;
  private readonly file: string;
  private readonly ctx: TextQualityContext;
  constructor(file: string, ctx: TextQualityContext) {
    this.file = file;
    this.ctx = ctx;
  }

  private load(): Map<string, Problem[]> {
    let stored: { version?: string; results?: Record<string, Problem[]> } = {};
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      // no cache yet, or unreadable: start empty
    }
    return new Map(stored.version === this.ctx.version ? Object.entries(stored.results ?? {}) : []);
  }

  check(raw: string, source: SourceFile): Problem[] {
    const key = createHash('sha256').update(source.file).update('\0').update(raw).digest('base64url');
    const hit = (this.stored ??= this.load()).get(key) ?? checkTextQuality(raw, source, this.ctx);
    this.seen.set(key, hit);
    return hit;
  }

  /** The results of the files checked since the last call, handed over (and forgotten here). */
  takeResults(): TextResults {
    const taken = [...this.seen];
    this.seen = new Map();
    return taken;
  }

  /** Results checked by another thread's instance, to be saved with this one's. */
  addResults(results: TextResults): void {
    for (const [key, problems] of results) this.seen.set(key, problems);
  }

  /** Write the results of this run (only the files seen, so deleted files drop out). */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ version: this.ctx.version, results: Object.fromEntries(this.seen) }));
  }
}

const quote = (s: string, max = 80) => `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;

/** Every rule of this module on one content file (`raw` as read from disk, `source` parsed from its NFC form). */
export function checkTextQuality(raw: string, source: SourceFile, ctx: TextQualityContext): Problem[] {
  const problems: Problem[] = [];
  const file = source.file;
  const lines = nonNfcLines(raw);
  if (lines.length) problems.push(nfcProblem(file, lines));

  const isWord = (w: string) => ctx.speller.correct(w);
  const allowed = (w: string) => ctx.speller.listed(w);
  // `lineAt` is called only when there is a problem to report: finding a line needs the frontmatter's full
  // syntax tree, which clean files never have to build (see source.ts).
  const checkProse = (text: string, lineAt: () => number, field: string, spell: boolean, tones = true) => {
    const legacy = detectLegacy(text, isWord);
    if (legacy) {
      problems.push({
        severity: 'error', rule: 'legacy-encoding', file, line: lineAt(), field,
        message: `Chữ bị lỗi phông, dán từ văn bản dùng bảng mã ${legacy.encoding === 'TCVN3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI (phông VNI-Times)'} cũ: ${quote(legacy.words.slice(0, 3).join(' '))}. Sửa: thay bằng ${quote(legacy.suggestion, 200)} (hoặc chuyển mã bằng Unikey: ${legacy.encoding} → Unicode).`,
      });
      return; // other rules would only repeat the same words
    }
    const mismatches = tones ? findToneMismatches(text, allowed) : [];
    for (const { word, suggestion } of dedupe(mismatches, (t) => t.word)) {
      problems.push({
        severity: 'warning', rule: 'tone-mark', file, line: lineAt(), field,
        message: `"${word}" đặt dấu thanh khác quy ước của trang (dấu đặt trên nguyên âm đầu: hòa, khỏe, thủy). Sửa: viết "${suggestion}"; nếu là tên riêng phải giữ nguyên, thêm "${word}" vào ${ctx.wordListFile}.`,
      });
    }
    if (!spell) return;
    for (const word of unknownWords(text, ctx.speller)) {
      const suggestions = ctx.speller.suggest(word);
      problems.push({
        severity: 'warning', rule: 'spelling', file, line: lineAt(), field,
        message: `Từ "${word}" không có trong từ điển tiếng Việt${suggestions.length ? ` (có phải ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ''}. Sửa: sửa lỗi gõ; nếu từ đúng (tên riêng, thuật ngữ, từ nước ngoài), thêm vào ${ctx.wordListFile}.`,
      });
    }
  };

  if (source.data !== undefined) {
    walkStrings(source.data, [], (text, path) => {
      const key = path.filter((p) => typeof p === 'string').at(-1);
      if (typeof key === 'string' && NOT_PROSE.has(key)) return;
      // People's names keep the spelling of their papers, whatever the tone-mark convention.
      const personName = path[0] === 'authors';
      checkProse(text, () => source.lineOf(path), fieldPath(path), path.length === 1 && SPELLED_FIELDS.has(String(path[0])), !personName);
    });
  }
  let inCode = false;
  source.body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode || /^\s*(import|export)\s/.test(text)) return;
    checkProse(text.replace(/<[^>]*>|\{[^}]*\}|\]\([^)]*\)|`[^`]*`|https?:\/\/\S+/g, ' '), () => source.bodyLine + i, '(nội dung)', false);
  });
  return problems;
}

/** The NFC rule alone, for files that are not content entries (fields.yaml, areas.yaml). */
export function checkNfc(file: string, raw: string): Problem[] {
  const lines = nonNfcLines(raw);
  return lines.length ? [nfcProblem(file, lines)] : [];
}

function nfcProblem(file: string, lines: number[]): Problem {
  return {
    severity: 'warning', rule: 'nfc', file, line: lines[0]!, field: '',
    message: `Tệp có chữ ở dạng Unicode tổ hợp (NFD, thường do chép từ máy Mac hoặc Word) tại ${lines.length} dòng (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}). Trang vẫn hiển thị đúng, nhưng tìm kiếm và so sánh trong kho nội dung sẽ sai. Sửa: chạy "npm run check -- --fix" (chỉ chuẩn hóa sang NFC, không đổi gì khác).`,
  };
}

function walkStrings(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
  }
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

/** Text files `--fix` may rewrite. */
const FIXABLE = /\.(md|mdx|ya?ml|json|txt|csv)$/i;

/**
 * `npm run check -- --fix`: rewrite every non-NFC text file under the folder in NFC, changing
 * nothing else (line endings, spacing and everything already NFC stay byte for byte). Returns the files changed.
 */
export function fixNfcFiles(dir: string): string[] {
  const changed: string[] = [];
  if (!existsSync(dir)) return changed;
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (!FIXABLE.test(name)) continue;
    const abs = join(dir, name);
    const raw = readFileSync(abs, 'utf8');
    if (isNfc(raw)) continue;
    writeFileSync(abs, raw.normalize('NFC'));
    changed.push(name.split('\\').join('/'));
  }
  return changed;
}
