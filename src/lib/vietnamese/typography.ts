/**
 * Vietnamese typography for rendered text. Pure string functions, applied to the body of every built page
 * (`typeset-pages.ts`; on the dev server by `src/components/Typeset.astro`), so pages need not call them:
 *  - straight double quotes become “ ” (opening after a space or an opening bracket, closing otherwise);
 *  - a spaced hyphen or em dash between words becomes an en dash " – " that cannot start a line;
 *    year ranges "2021-2025" get an en dash "2021–2025";
 *  - a non-breaking space joins a number to its unit ("15 %", "3 tỷ đồng", "120 hộ"), "số"/"ngày"/
 *    "tháng"/"năm" to the number that follows, and the award names "Bằng khen", "Giấy khen";
 *  - decision numbers ("04/KH-HĐTĐKT", "30/2020/NĐ-CP") are wrapped in `<span class="nowrap">`
 *    so that they never break across lines (the text itself is not changed, so copying and
 *    searching the page still find the exact number).
 * Syllables are never hyphenated: the stylesheet keeps `hyphens: manual` (browsers have no
 * Vietnamese hyphenation and would split syllables), and lines break only at spaces.
 * All text is also NFC-normalised. Every function is idempotent.
 */
import { escapeRegExp } from '../text/text.ts';

const NBSP = '\u00a0';
const UNITS = [
  '%', '‰', '°C', 'km²', 'km2', 'km', 'm²', 'm2', 'm³', 'm3', 'cm', 'mm', 'm', 'ha', 'kg', 'g', 'tấn', 'tạ', 'lít',
  'kWh', 'MWh', 'kWp', 'kW', 'MW', 'W', 'đồng', 'đ', 'VNĐ', 'USD', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn',
  'người', 'hộ', 'giờ', 'phút', 'giây', 'ngày', 'tháng', 'năm', 'lượt', 'lần', 'đơn vị', 'sáng kiến', 'học sinh',
];
const UNIT_PATTERN = UNITS.map(escapeRegExp).join('|');
const UNIT_RE = new RegExp(`(\\d)[ \\t\\r\\n]+(${UNIT_PATTERN})(?![\\p{L}\\p{N}])`, 'gu');
const LEADING_UNIT_RE = new RegExp(`^[ \\t\\r\\n]+(${UNIT_PATTERN})(?![\\p{L}\\p{N}])`, 'u');
/**
 * "số <span class=…>04/KH-…": the number starts inside the next inline tag. Run over whole pages, so the word's
 * left edge (not inside a longer word) is checked on each match instead of with a lookbehind at every position:
 * the rule costs a third less per page.
 */
const BEFORE_TAGGED_NUMBER_RE = /([sS]ố|[nN]gày|[tT]háng|[nN]ăm)[ \t\r\n]+((?:<(?:a|span|strong|b|em|i|time|data)\b[^>]*>)+)(?=\d)/g;
const LETTER_RE = /\p{L}/u;
/** The character before `offset`, whole even when it is outside the BMP (two UTF-16 units). */
function charBefore(text: string, offset: number): string {
  if (offset === 0) return '';
  const unit = text.charCodeAt(offset - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && offset >= 2 ? String.fromCodePoint(text.codePointAt(offset - 2)!) : text[offset - 1]!;
}
const joinTaggedNumber = (match: string, word: string, tags: string, offset: number, html: string) =>
  LETTER_RE.test(charBefore(html, offset)) ? match : `${word}${NBSP}${tags}`;
/** Anything the rules below could change: digits, quotes, dashes, the award names. */
const NEEDS_WORK = /[\d"\-–—]|khen/;
const BEFORE_NUMBER_RE = /(^|[^\p{L}])(số|Số|ngày|Ngày|tháng|Tháng|năm|Năm)[ \t\r\n]+(?=\d)/gu;
const AWARD_RE = /\b(Bằng|Giấy)[ \t\r\n]+(khen)(?![\p{L}])/gu;
const YEAR_RANGE_RE = /(?<![\p{L}\p{N}/])((?:19|20)\d{2})[ \t]*[-–—][ \t]*((?:19|20)\d{2})(?![\p{L}\p{N}/-])/gu;
const SPACED_DASH_RE = /(\S)[ \t\r\n\u00a0]+(?:(?:--?|—|–)[ \t\r\n]+)+(?=\S)/gu;
/** A decision or document number: digits, optional year, then a slash and capitals joined by hyphens. */
export const DECISION_NUMBER_RE = /(?<![\p{L}\p{N}/])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}[\p{Lu}\d]*)*(?![\p{L}\p{N}])/gu;

/** Quote state carried across the pieces of one paragraph (a quote can open in one tag and close in another). */
export interface QuoteContext {
  /** The last character written before this piece ('' at the start of a block). */
  previous: string;
}

/**
 * No rule below can change `text` (NFC) after `context`: most pieces of a page (menu words, labels,
 * whitespace between tags), and pages of long lists are megabytes, so they skip the work.
 */
function untouched(text: string, context: QuoteContext): boolean {
  return !NEEDS_WORK.test(text) && !(/\d/.test(context.previous) && LEADING_UNIT_RE.test(text));
}

/** A straight quote after this character (or at the start of a block) opens a quotation. */
const opensQuote = (previous: string) => previous === '' || /[\s([{\u2013\u2014/]/u.test(previous);

/** Typography for one piece of plain text (not HTML). */
export function typesetText(text: string, context: QuoteContext = { previous: '' }): string {
  let out = text.normalize('NFC');
  if (!out) return out;
  if (untouched(out, context)) {
    context.previous = out.slice(-1);
    return out;
  }
  // "<strong>5</strong> sáng kiến": the number ended the previous piece.
  if (/\d/.test(context.previous)) out = out.replace(LEADING_UNIT_RE, `${NBSP}$1`);
  out = out.replace(YEAR_RANGE_RE, '$1–$2');
  out = out.replace(SPACED_DASH_RE, `$1${NBSP}– `);
  out = out.replace(UNIT_RE, `$1${NBSP}$2`);
  out = out.replace(BEFORE_NUMBER_RE, `$1$2${NBSP}`);
  out = out.replace(AWARD_RE, `$1${NBSP}$2`);
  if (!out.includes('"')) {
    context.previous = out.slice(-1);
    return out;
  }
  let result = '';
  let previous = context.previous;
  for (const ch of out) {
    if (ch === '"') result += opensQuote(previous) ? '“' : '”';
    else result += ch;
    previous = ch;
  }
  context.previous = previous;
  return result;
}

/** Elements whose text is left exactly as written. */
const RAW = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea', 'svg', 'math', 'template']);
/** Elements whose text is typeset but may not contain markup. */
const TEXT_ONLY = new Set(['title', 'option']);
/** Inline elements: a quote may open before them and close after them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'data', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/** Decode the two entities a quote can arrive as; other entities are kept as they are. */
const decodeQuotes = (s: string) => s.replace(/&quot;|&#34;|&#x22;/gi, '"');
const encodeQuotes = (s: string) => s.replace(/"/g, '&quot;');

/** Typography for an HTML fragment or page: text between tags only, never attributes or code. */
export function typesetHtml(html: string): string {
  const context: QuoteContext = { previous: '' };
  // Most of a page comes out as it went in (every tag, most text), so only the pieces that change are written
  // out, with the unchanged stretch before each copied in one slice: `copied` is where that stretch starts.
  const parts: string[] = [];
  let copied = 0;
  let pos = 0;
  let raw: string | undefined;
  let textOnly = 0;
  /** For each open <span>: does it already keep its text on one line? `nowrapSpans` counts the true ones. */
  const spans: boolean[] = [];
  let nowrapSpans = 0;
  // A tag's attributes as runs of plain characters between quoted values (not one alternation per character).
  const tagRe = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>|<!doctype[^>]*>/gi;
  let m: RegExpExecArray | null;
  const replace = (start: number, end: number, text: string) => {
    parts.push(html.slice(copied, start), text);
    copied = end;
  };
  const flush = (start: number, end: number) => {
    if (start === end || raw) return;
    const text = html.slice(start, end);
    // Nothing to typeset and no entity that could be a quote: no quote to decode or encode, and without a
    // digit no decision number to wrap either.
    const nfc = text.normalize('NFC');
    if (!nfc.includes('&') && untouched(nfc, context)) {
      if (nfc !== text) replace(start, end, nfc);
      context.previous = nfc.slice(-1);
      return;
    }
    const typeset = encodeQuotes(typesetText(decodeQuotes(text), context));
    const result = textOnly || nowrapSpans ? typeset : typeset.replace(DECISION_NUMBER_RE, (n) => `<span class="nowrap">${n}</span>`);
    if (result !== text) replace(start, end, result);
  };
  while ((m = tagRe.exec(html))) {
    const tag = m[0];
    const name = m[1]?.toLowerCase();
    const closing = tag.startsWith('</');
    if (raw && !(closing && name === raw)) continue; // inside <script> and the like: left as it is
    flush(pos, m.index);
    pos = m.index + tag.length;
    if (!name) continue;
    if (name === 'span' && !tag.endsWith('/>')) {
      if (closing) {
        if (spans.pop()) nowrapSpans--;
      } else {
        const nowrap = /class\s*=\s*["'][^"']*\b(nowrap|doc-number)\b/.test(tag);
        spans.push(nowrap);
        if (nowrap) nowrapSpans++;
      }
    }
    if (closing) {
      if (name === raw) raw = undefined;
      if (TEXT_ONLY.has(name)) textOnly = Math.max(0, textOnly - 1);
    } else if (RAW.has(name) && !tag.endsWith('/>')) {
      raw = name;
    } else if (TEXT_ONLY.has(name)) {
      textOnly++;
    }
    if (!INLINE.has(name)) context.previous = '';
  }
  flush(pos, html.length);
  parts.push(html.slice(copied));
  return parts.join('').replace(BEFORE_TAGGED_NUMBER_RE, joinTaggedNumber);
}
