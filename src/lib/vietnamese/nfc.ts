/**
 * Unicode normalisation. Editors paste decomposed text (NFD, common from macOS and some Word
 * exports): "ế" as "e" + U+0302 + U+0301. It looks the same but breaks search, sorting and grep.
 * Everything the site outputs is NFC; these helpers find and fix the rest.
 */

/** True when the text is already in NFC. */
export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** 1-based line numbers of the lines that are not NFC. */
export function nonNfcLines(text: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!isNfc(line)) out.push(i + 1);
  });
  return out;
}

/** NFC-normalise every string in a JSON-like value (objects, arrays), leaving other values alone. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfcDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = nfcDeep(v);
    return out as T;
  }
  return value;
}
