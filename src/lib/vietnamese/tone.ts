/**
 * Tone-mark placement. In open syllables with "oa", "oe" and "uy" the tone mark can sit on the
 * first vowel ("hòa", "khỏe", "thủy": the classic placement) or on the second ("hoà", "khoẻ",
 * "thuỷ": the linguistic placement of the 1980s reform). Both are correct Vietnamese, but one
 * site must use one. This site uses the classic placement, as the national heading
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and most administrative texts do (see docs/chat-luong-van-ban.md).
 * Syllables with a final consonant ("hoạch", "thuyết", "toàn") and "qu-" syllables ("quý") are the same in both.
 */

export type ToneStyle = 'classic' | 'modern';

/** The convention of this site. */
export const SITE_TONE_STYLE: ToneStyle = 'classic';

const ONSET = '(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
/** hòa, hỏe, thủy: tone on the first vowel. */
const CLASSIC = new RegExp(`^${ONSET}(?:([òóỏõọ])[ae]|([ùúủũụ])y)$`);
/** hoà, hoẻ, thuỷ: tone on the second vowel. */
const MODERN = new RegExp(`^${ONSET}(?:o([àáảãạèéẻẽẹ])|u([ỳýỷỹỵ]))$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Which placement a word uses, or `undefined` when the placement does not matter for it. */
export function toneStyle(word: string): ToneStyle | undefined {
  const w = word.normalize('NFC').toLowerCase();
  if (CLASSIC.test(w)) return 'classic';
  if (MODERN.test(w)) return 'modern';
  return undefined;
}

/** Move the tone mark from one vowel (index in code points) to another, keeping letter case. */
function moveTone(word: string, from: number, to: number): string {
  const chars = [...word.normalize('NFC')];
  const d = chars[from]!.normalize('NFD');
  const tone = d.match(TONE_MARKS)?.[0] ?? '';
  chars[from] = d.replace(TONE_MARKS, '').normalize('NFC');
  chars[to] = (chars[to]! + tone).normalize('NFC');
  return chars.join('');
}

/** Rewrite a word in the given placement (other words are returned unchanged). */
export function withToneStyle(word: string, style: ToneStyle): string {
  const current = toneStyle(word);
  if (!current || current === style) return word.normalize('NFC');
  const onset = (current === 'classic' ? CLASSIC : MODERN).exec(word.normalize('NFC').toLowerCase())![1] ?? '';
  const first = [...onset].length;
  return current === 'classic' ? moveTone(word, first, first + 1) : moveTone(word, first + 1, first);
}

/** Words of a text written in the other placement than the site's, with their site spelling. */
export function findToneMismatches(text: string, allowed: (word: string) => boolean = () => false): { word: string; suggestion: string }[] {
  const out: { word: string; suggestion: string }[] = [];
  for (const word of text.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    const style = toneStyle(word);
    if (style && style !== SITE_TONE_STYLE && !allowed(word)) out.push({ word, suggestion: withToneStyle(word, SITE_TONE_STYLE) });
  }
  return out;
}
