/**
 * Spelling: the Hunspell dictionary of the `dictionary-vi` package (one entry per syllable) read
 * with `nspell`, plus the project word list (names, units, terms). The dictionary is loaded once
 * per process. It writes "hoà/thuỷ"; words are compared in that placement, so both placements
 * pass here (placement is the tone-mark rule's job).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { SITE_TONE_STYLE, withToneStyle } from './tone.ts';
import { foldVietnamese } from '../text/text.ts';

/** Name of the project word list, in the content folder. */
export const WORD_LIST_FILE = 'tu-dien-rieng.txt';

let dictionary: { aff: Buffer; dic: Buffer } | undefined;
function loadDictionary(): { aff: Buffer; dic: Buffer } {
  if (!dictionary) {
    let dir: string;
    try {
      dir = dirname(createRequire(import.meta.url).resolve('dictionary-vi'));
    } catch {
      dir = join(process.cwd(), 'node_modules/dictionary-vi');
    }
    dictionary = { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  }
  return dictionary;
}

let words: string[] | undefined;
/** The dictionary's entries in lower case (for suggestions; nspell's own suggester takes seconds on foreign words). */
function dictionaryWords(): string[] {
  words ??= [
    ...new Set(
      loadDictionary()
        .dic.toString('utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('/')[0]!.trim().normalize('NFC').toLowerCase())
        .filter((w) => w && !/\s/.test(w)),
    ),
  ];
  return words;
}

/** Levenshtein distance with an early exit above 1 (only distances 0 and 1 are used). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      min = Math.min(min, next[j]!);
    }
    if (min > 1) return 2;
    row = next;
  }
  return row[b.length]!;
}

/** Words of a project word list: one or more per line; `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

export interface Speller {
  /** Is this single word known (dictionary or project list)? */
  correct(word: string): boolean;
  /** Up to three suggestions, in the site's tone placement. */
  suggest(word: string): string[];
  /** Is this exact word in the project word list (used to allow names in another tone placement)? */
  listed(word: string): boolean;
}

/** A speller for the dictionary plus these project words. */
export function createSpeller(projectWords: readonly string[] = []): Speller {
  const spell = nspell(loadDictionary());
  const listed = new Set<string>();
  for (const word of projectWords) {
    listed.add(word);
    listed.add(word.toLowerCase());
  }
  const known = new Map<string, boolean>();
  return {
    correct(word) {
      const w = word.normalize('NFC');
      let ok = known.get(w);
      if (ok === undefined) {
        ok = listed.has(w) || listed.has(w.toLowerCase()) || spell.correct(withToneStyle(w, 'modern'));
        known.set(w, ok);
      }
      return ok;
    },
    suggest(word) {
      const w = word.normalize('NFC');
      const lower = w.toLowerCase();
      const folded = foldVietnamese(lower);
      const capital = w[0] !== lower[0];
      const scored: { word: string; score: number }[] = [];
      for (const candidate of dictionaryWords()) {
        if (Math.abs(candidate.length - lower.length) > 1) continue;
        // Same letters with other marks ("tien" for "tiến") rank first, then one typing slip.
        const score = foldVietnamese(candidate) === folded ? 0.5 : editDistance(lower, candidate);
        if (score <= 1) scored.push({ word: candidate, score });
      }
      return scored
        .sort((a, b) => a.score - b.score || a.word.localeCompare(b.word, 'vi'))
        .slice(0, 3)
        .map(({ word: s }) => withToneStyle(capital ? s[0]!.toUpperCase() + s.slice(1) : s, SITE_TONE_STYLE));
    },
    listed: (word) => listed.has(word.normalize('NFC')),
  };
}

/**
 * Words a spell-check looks at: runs of letters. Acronyms written in capitals (UBND, HĐTĐKT, OCOP),
 * single letters and anything joined to a digit (m2, 4.0) are left alone.
 */
export function spellableWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0];
    if (/\p{N}/u.test(w) || [...w].length < 2 || w === w.toUpperCase()) continue;
    out.push(w);
  }
  return out;
}

/** Unknown words of a text, each once, in order of appearance. */
export function unknownWords(text: string, speller: Speller): string[] {
  return [...new Set(spellableWords(text).filter((w) => !speller.correct(w)))];
}
