import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, suggest } from '../../src/lib/suggest.ts';

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
});
