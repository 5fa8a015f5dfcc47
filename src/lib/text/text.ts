/**
 * Small pure helpers for Vietnamese text: Unicode normalisation, folding to ASCII
 * (diacritics removed, `đ` → `d`), slugs, and Vietnamese collation.
 */

/** `text` as a regular-expression pattern that matches exactly it (every special character escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** NFC-normalise a string (editors paste NFD text from macOS and Word). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Fold Vietnamese to plain ASCII letters: strip every combining mark and map `đ/Đ` to `d/D`.
 * `đ` is a letter of its own, not `d` with a mark, so NFD alone does not remove it.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII slug: folded, lower case, runs of anything else become one hyphen. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Entry id from a path relative to a collection folder: `Đổi mới/Bảng điện tử.md` → `doi-moi/bang-dien-tu`.
 * Folder separators are kept; each segment is slugified; the extension is dropped.
 */
export function idFromPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\.(md|mdx|ya?ml|json)$/i, '')
    .split('/')
    .map(slugify)
    .filter(Boolean)
    .join('/');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const tieBreaker = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compare two strings in Vietnamese dictionary order (a < ă < â < b … d < đ), tone-insensitive first. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || tieBreaker.compare(a, b);
}

/** The first letter lowered, for a title used inside a sentence: `Số liệu chính` → `số liệu chính`. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
