import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, suggest } from '../../../src/lib/text/suggest.ts';

describe('suggest', () => {
  it('proposes the closest known id when it is close enough', () => {
    expect(suggest('ubnd-phuong-mao', ['ubnd-phuong-mau', 'truong-mau'])).toBe(' (có phải "ubnd-phuong-mau"?)');
    expect(suggest('khong-lien-quan-gi-ca', ['ubnd-phuong-mau'])).toBe('');
  });

  it('measures edit distance as a metric (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('proposes a value exactly when it is within the limit: a quarter of the length, at least 3 edits (property)', () => {
    // k substitutions by characters the value does not contain: exactly k edits apart (each new character costs one).
    const value = fc.string({ unit: fc.constantFrom(...'abcdeghkmnopqrstuvy-'.split('')), minLength: 1, maxLength: 40 });
    const seen = { inside: 0, outside: 0, atLimit: 0 };
    fc.assert(
      fc.property(value.chain((v) => fc.tuple(fc.constant(v), fc.shuffledSubarray(Array.from({ length: v.length }, (_, i) => i), { minLength: 0, maxLength: Math.min(v.length, 14) }))), ([v, positions]) => {
        const candidate = [...v].map((c, i) => (positions.includes(i) ? String.fromCharCode(0x41 + positions.indexOf(i)) : c)).join('');
        const k = positions.length;
        const limit = Math.max(3, Math.floor(v.length / 4));
        if (k === limit) seen.atLimit++;
        seen[k <= limit ? 'inside' : 'outside']++;
        expect(suggest(v, [candidate])).toBe(k <= limit ? ` (có phải "${candidate}"?)` : '');
      }),
    );
    expect(seen.inside).toBeGreaterThan(0);
    expect(seen.outside).toBeGreaterThan(0);
    expect(seen.atLimit).toBeGreaterThan(0);
    // 16 characters allow 4 edits, 15 allow 3; 3 edits are allowed even on a short value.
    expect(suggest('aaaaaaaaaaaaaaaa', ['BCDEaaaaaaaaaaaa'])).not.toBe('');
    expect(suggest('aaaaaaaaaaaaaaaa', ['BCDEFaaaaaaaaaaa'])).toBe('');
    expect(suggest('aaaaaaaaaaaaaaa', ['BCDEaaaaaaaaaaa'])).toBe('');
    expect(suggest('aaa', ['BCD'])).not.toBe('');
  });
});
