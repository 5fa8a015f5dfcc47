/**
 * Pure helpers shared by the search index (build time) and the search page script (browser):
 * the filters and their URL parameters, the URL state, query folding and fold-insensitive highlighting.
 * No Node or Astro imports here: this module is bundled into the search page.
 */
import { foldVietnamese, nfc } from '../text/text.ts';

/** Search filters: the Pagefind filter name and the URL parameter (Vietnamese, ASCII). */
export const SEARCH_FILTERS = [
  { key: 'type', param: 'loai' },
  { key: 'field', param: 'linh-vuc' },
  { key: 'area', param: 'dia-ban' },
  { key: 'year', param: 'nam' },
  { key: 'level', param: 'cap' },
  { key: 'status', param: 'tinh-trang' },
] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** Kinds of searchable record (the `type` filter), in the order the filter lists them. */
export const RECORD_TYPES = ['sang-kien', 'don-vi', 'phong-trao', 'trien-lam'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** What the search page shows and the URL carries: the query and at most one value per filter. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

const VALUE = /^[a-z0-9-]{1,80}$/;

/** Read the state from a query string (`?q=…&linh-vuc=…`); unknown parameters and malformed values are dropped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const { key, param } of SEARCH_FILTERS) {
    const value = params.get(param)?.trim();
    if (value && VALUE.test(value)) filters[key] = value;
  }
  return { q: normaliseQuery(params.get('q') ?? ''), filters };
}

/** The query as the URL carries it: NFC, whitespace runs as one space, no leading space, at most 200 characters. */
function normaliseQuery(q: string): string {
  return nfc(q).replace(/\s+/g, ' ').trimStart().slice(0, 200);
}

/** The query string of a state (`?q=…&loai=…`, fixed parameter order, empty parts left out), or '' when empty. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q).trimEnd();
  if (q) params.set('q', q);
  for (const { key, param } of SEARCH_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether two states describe the same search (after normalisation). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** The Pagefind filter object of a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key } of SEARCH_FILTERS) {
    const value = state.filters[key];
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The text the index holds and the query Pagefind receives: NFC, folded to ASCII letters (`đ` → `d`,
 * tone marks removed, so "hoà" and "hòa" are one word), lower case, whitespace collapsed.
 */
export function foldForSearch(text: string): string {
  return foldVietnamese(nfc(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words of a query, folded; punctuation separates words, as in the index. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A piece of text to render, marked when it matches a query word. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Split `text` into marked and unmarked pieces: a word is marked where it starts with a query word,
 * compared folded ("dien" marks "Điện", "hoa" marks "Hòa" and "Hoà"). The pieces, joined, give back the NFC text.
 */
export function highlight(text: string, query: string): Segment[] {
  const source = nfc(text);
  const terms = queryTerms(query);
  if (terms.length === 0 || source === '') return source ? [{ text: source, mark: false }] : [];
  const chars = Array.from(source);
  const folded = chars.map((c) => foldForSearch(c) || c.toLowerCase());
  const isWordChar = chars.map((c) => /[\p{L}\p{N}]/u.test(c));
  const marked = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i++) {
    if (!isWordChar[i] || (i > 0 && isWordChar[i - 1])) continue;
    let end = i;
    while (end < chars.length && isWordChar[end]) end++;
    const word = folded.slice(i, end).join('');
    const best = Math.max(0, ...terms.filter((t) => word.startsWith(t)).map((t) => t.length));
    // Mark the characters whose folded form makes up the matched prefix.
    let covered = 0;
    for (let k = i; k < end && covered < best; k++) {
      marked[k] = true;
      covered += folded[k]!.length;
    }
  }
  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === marked[i]) last.text += c;
    else segments.push({ text: c, mark: marked[i]! });
  });
  return segments;
}
