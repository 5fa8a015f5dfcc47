/** Tone-mark placement: detection, conversion, and both placements being the same word for search and spelling. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findToneMismatches, SITE_TONE_STYLE, toneStyle, withToneStyle } from '../../../src/lib/vietnamese/tone.ts';
import { createSpeller } from '../../../src/lib/vietnamese/spelling.ts';
import { foldVietnamese } from '../../../src/lib/text/text.ts';

// [classic, modern]: the two spellings of the same syllable.
const PAIRS: [string, string][] = [
  ['hòa', 'hoà'], ['Hòa', 'Hoà'], ['HÒA', 'HOÀ'], ['hóa', 'hoá'], ['họa', 'hoạ'], ['hỏa', 'hoả'], ['xõa', 'xoã'],
  ['khỏe', 'khoẻ'], ['xòe', 'xoè'], ['thủy', 'thuỷ'], ['Ủy', 'Uỷ'], ['ủy', 'uỷ'], ['tùy', 'tuỳ'], ['lũy', 'luỹ'], ['thụy', 'thuỵ'],
];

describe('tone-mark placement', () => {
  it('is the classic placement on this site (hòa, thủy)', () => {
    expect(SITE_TONE_STYLE).toBe('classic');
  });

  it.each(PAIRS)('tells "%s" (classic) from "%s" (modern) and converts both ways', (classic, modern) => {
    expect(toneStyle(classic)).toBe('classic');
    expect(toneStyle(modern)).toBe('modern');
    expect(withToneStyle(modern, 'classic')).toBe(classic);
    expect(withToneStyle(classic, 'modern')).toBe(modern);
  });

  it.each(['quý', 'quả', 'hoạch', 'toàn', 'thuyết', 'giá', 'mía', 'múa', 'Huy', 'hoa', 'thuê', 'ngoài', 'xoáy', 'khuya'])(
    'leaves "%s" alone: both conventions write it the same way',
    (word) => {
      expect(toneStyle(word)).toBeUndefined();
      expect(withToneStyle(word, 'classic')).toBe(word);
      expect(withToneStyle(word, 'modern')).toBe(word);
    },
  );

  it('lists the words written the other way, with the site spelling, and skips allowed names', () => {
    const text = 'Cộng hoà, thuỷ lợi, Uỷ ban; hòa bình và sức khoẻ của bà Thuỵ';
    expect(findToneMismatches(text, (w) => w === 'Thuỵ')).toEqual([
      { word: 'hoà', suggestion: 'hòa' },
      { word: 'thuỷ', suggestion: 'thủy' },
      { word: 'Uỷ', suggestion: 'Ủy' },
      { word: 'khoẻ', suggestion: 'khỏe' },
    ]);
  });

  it('reads NFD input the same as NFC', () => {
    expect(findToneMismatches('hoà'.normalize('NFD'))).toEqual([{ word: 'hoà', suggestion: 'hòa' }]);
  });

  it('conversion is reversible on any text', () => {
    const words = PAIRS.flat().concat(['quý', 'hoạch', 'Hà', 'Nội']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), (ws) =>
        ws.every((w) => withToneStyle(withToneStyle(w, 'modern'), 'classic') === withToneStyle(w, 'classic')),
      ),
    );
  });
});

describe('both placements are the same word', () => {
  it('for search: "hoà bình" and "hòa bình" fold to the same key (the search index folds text and queries)', () => {
    for (const [classic, modern] of PAIRS) expect(foldVietnamese(classic)).toBe(foldVietnamese(modern));
    expect(foldVietnamese('hoà bình')).toBe(foldVietnamese('hòa bình'));
    expect(foldVietnamese('Thuỷ lợi')).toBe(foldVietnamese('Thủy lợi'));
  });

  it('for spelling: the dictionary accepts both (placement is reported by its own rule)', () => {
    const speller = createSpeller();
    for (const [classic, modern] of PAIRS) {
      expect(speller.correct(classic), classic).toBe(true);
      expect(speller.correct(modern), modern).toBe(true);
    }
  });
});
