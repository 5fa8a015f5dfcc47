/**
 * Legacy 8-bit Vietnamese encodings. Old Word files typed with the ABC (TCVN3, fonts ".VnTime")
 * or VNI ("VNI-Times") fonts store Vietnamese letters in Latin-1 byte positions. Pasted into a
 * Unicode editor they turn into mojibake: "Sáng kiến" becomes "S¸ng kiÕn" (TCVN3) or
 * "Saùng kieán" (VNI). This module encodes (for tests and samples), decodes, and detects them.
 */
import { escapeRegExp } from '../text/text.ts';

/** TCVN3 (TCVN 5712:1993 VN3): each Vietnamese letter is one byte; the same index in both strings. */
const TCVN3_UNICODE = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂĐÊÔƠƯ';
const TCVN3_LATIN1 = 'µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢§£¤¥¦';

const toTcvn3 = new Map<string, string>();
const fromTcvn3 = new Map<string, string>();
[...TCVN3_UNICODE].forEach((u, i) => {
  const b = TCVN3_LATIN1[i]!;
  toTcvn3.set(u, b);
  fromTcvn3.set(b, u);
});

/**
 * VNI-Windows: a base letter followed by one byte for the vowel mark and the tone, with a few
 * letters of their own (ơ, ư, đ and the toned i's, ỵ). Lower-case bytes; upper case is the same minus 0x20.
 */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // sắc, huyền, hỏi, ngã, nặng
const VNI_TONE = ['ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['á', 'à', 'å', 'ã', 'ä']; // â ê ô with a tone; alone: â
const VNI_BREVE = ['é', 'è', 'ú', 'ü', 'ë']; // ă with a tone; alone: ê
const VNI_I = ['í', 'ì', 'æ', 'ó', 'ò'];

function vniLower(ch: string): string | undefined {
  const d = ch.normalize('NFD');
  const base = d[0]!;
  const marks = d.slice(1);
  const tone = TONES.findIndex((t) => marks.includes(t));
  const circumflex = marks.includes('\u0302');
  const breve = marks.includes('\u0306');
  const horn = marks.includes('\u031b');
  if (ch === 'đ') return 'ñ';
  if (!'aeiouy'.includes(base)) return undefined;
  if (base === 'i' && !circumflex && !breve && !horn) return tone < 0 ? 'i' : VNI_I[tone];
  if (base === 'y' && tone === 4) return 'î';
  if (circumflex) return base + (tone < 0 ? 'â' : VNI_CIRCUMFLEX[tone]);
  if (breve) return base + (tone < 0 ? 'ê' : VNI_BREVE[tone]);
  if (horn) return (base === 'o' ? 'ô' : 'ö') + (tone < 0 ? '' : VNI_TONE[tone]);
  return base + (tone < 0 ? '' : VNI_TONE[tone]);
}

const toVni = new Map<string, string>();
const fromVni = new Map<string, string>();
for (const ch of new Set([...TCVN3_UNICODE, ...'aeiouyáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ'])) {
  for (const c of [ch, ch.toUpperCase()]) {
    const lower = vniLower(c.toLowerCase());
    if (!lower || lower === c.toLowerCase()) continue;
    const seq = c === c.toLowerCase() ? lower : lower.toUpperCase();
    toVni.set(c, seq);
    fromVni.set(seq, c);
  }
}
const VNI_PATTERN = new RegExp([...fromVni.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** What a Unicode text looks like after a round trip through TCVN3 and a Latin-1 paste. */
export function encodeTcvn3(text: string): string {
  // TCVN3 has no upper-case toned letters: ".VnTimeH" fonts draw the lower-case codes as capitals.
  return [...text.normalize('NFC')].map((c) => toTcvn3.get(c) ?? toTcvn3.get(c.toLowerCase()) ?? c).join('');
}

/** What a Unicode text looks like after a round trip through VNI-Windows and a Latin-1 paste. */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => toVni.get(c) ?? c).join('');
}

/** Decode TCVN3 mojibake; a word typed in capitals stays in capitals. */
export function decodeTcvn3(text: string): string {
  return text.replace(/[^\s]+/g, (word) => {
    const decoded = [...word].map((c) => fromTcvn3.get(c) ?? c).join('');
    const letters = word.replace(/[^A-Za-z]/g, '');
    return letters.length >= 2 && letters === letters.toUpperCase() ? decoded.toUpperCase() : decoded;
  });
}

export function decodeVni(text: string): string {
  return text.replace(VNI_PATTERN, (seq) => fromVni.get(seq) ?? seq);
}

const decoders: Record<LegacyEncoding, (s: string) => string> = { TCVN3: decodeTcvn3, VNI: decodeVni };

/** Only Latin-1 characters, and at least one outside ASCII: what a legacy paste consists of. */
const LATIN1_WORD = /^[\u0000-\u00ff]*[\u0080-\u00ff][\u0000-\u00ff]*$/;
const EDGE_PUNCTUATION = /^[("“‘'[{]+|[)"”’'\]},.;:!?…]+$/g;

export interface LegacyFinding {
  encoding: LegacyEncoding;
  /** The mojibake words that gave it away. */
  words: string[];
  /** The whole text converted back to Unicode. */
  suggestion: string;
}

/**
 * Does this text look like TCVN3 or VNI mojibake? A word counts as evidence when it is made only
 * of Latin-1 characters, is not a Vietnamese word as it stands, and becomes one once decoded.
 * `isWord` decides what a Vietnamese word is (the spelling dictionary).
 */
export function detectLegacy(text: string, isWord: (word: string) => boolean): LegacyFinding | undefined {
  const evidence: Record<LegacyEncoding, string[]> = { TCVN3: [], VNI: [] };
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(EDGE_PUNCTUATION, '');
    if (!word || !LATIN1_WORD.test(word) || isWord(word)) continue;
    for (const encoding of ['TCVN3', 'VNI'] as const) {
      const decoded = decoders[encoding](word);
      if (decoded !== word && decoded.split(/[-–/]/).every((part) => part === '' || isWord(part))) evidence[encoding].push(word);
    }
  }
  const encoding: LegacyEncoding = evidence.VNI.length > evidence.TCVN3.length ? 'VNI' : 'TCVN3';
  if (!evidence[encoding].length) return undefined;
  const suggestion = text.replace(/[^\s]+/g, (word) => (LATIN1_WORD.test(word) ? decoders[encoding](word) : word));
  return { encoding, words: evidence[encoding], suggestion };
}
