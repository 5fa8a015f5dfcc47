/**
 * Vietnamese sorting with compareVi: letters in the Vietnamese alphabet order
 * (a ă â b c d đ e ê … o ô ơ … u ư …), tones ignored at first (so "Thượng Cát" comes before
 * "Thường Tín": c < t), then ordered ngang, huyền, hỏi, ngã, sắc, nặng; numbers by value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVi } from '../../../src/lib/text/text.ts';

/** The expected order, written by hand from the rules above. */
const EXPECTED = [
  'An Khánh', 'Ấp Bắc', 'Ba Đình', 'Bà Triệu', 'Ba Vì', 'Bát Tràng', 'Bắc Từ Liêm', 'Cầu Giấy', 'Chương Mỹ',
  'Dương Nội', 'Đan Phượng', 'Đông Anh', 'Đống Đa', 'Gia Lâm', 'Hà Đông', 'Hai Bà Trưng', 'Hòa Bình', 'Hoài Đức',
  'Hoàn Kiếm', 'Hoàng Mai', 'Long Biên', 'Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ', 'Mê Linh', 'Mỹ Đức', 'Oanh',
  'Ô Chợ Dừa', 'Ơn Nghĩa', 'Phú Xuyên', 'Phúc Thọ', 'Sóc Sơn', 'Sơn Tây', 'Thạch Thất', 'Thanh Oai', 'Thanh Trì',
  'Thanh Xuân', 'Thượng Cát', 'Thường Tín', 'Trường số 2', 'Trường số 10', 'Uy Nỗ', 'Ứng Hòa',
];

describe('compareVi', () => {
  it(`sorts ${EXPECTED.length} tricky names in Vietnamese order, from any starting order`, () => {
    expect([...EXPECTED].reverse().sort(compareVi)).toEqual(EXPECTED);
    fc.assert(fc.property(fc.shuffledSubarray(EXPECTED, { minLength: EXPECTED.length }), (shuffled) => {
      expect([...shuffled].sort(compareVi)).toEqual(EXPECTED);
    }), { numRuns: 50 });
  });

  it('puts đ after every d and before e', () => {
    expect(['Đa', 'Dz', 'E', 'Dương'].sort(compareVi)).toEqual(['Dương', 'Dz', 'Đa', 'E']);
  });

  it('treats NFD and NFC spellings as equal', () => {
    expect(compareVi('Đống Đa'.normalize('NFD'), 'Đống Đa')).toBe(0);
  });
});
