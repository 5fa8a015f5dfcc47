import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVi, escapeRegExp, foldVietnamese, idFromPath, nfc, slugify } from '../../../src/lib/text/text.ts';

describe('foldVietnamese', () => {
  it('removes every tone and vowel mark and maps đ to d', () => {
    expect(foldVietnamese('Đống Đa')).toBe('Dong Da');
    expect(foldVietnamese('điện mặt trời')).toBe('dien mat troi');
    expect(foldVietnamese('Hành chính công')).toBe('Hanh chinh cong');
    expect(foldVietnamese('ẮẰẲẴẶ ẤẦẨẪẬ ỨỪỬỮỰ ỐỒỔỖỘ ỚỜỞỠỢ')).toBe('AAAAA AAAAA UUUUU OOOOO OOOOO');
  });

  it('gives the same result for NFC and NFD input and both tone-mark conventions', () => {
    expect(foldVietnamese('hòa bình'.normalize('NFD'))).toBe(foldVietnamese('hoà bình'));
    expect(foldVietnamese('thủy')).toBe(foldVietnamese('thuỷ'));
  });

  it('always yields ASCII for Vietnamese text (property)', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ĐĂÂÊÔƠƯ';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters) }), (s) => {
        expect(foldVietnamese(s)).toMatch(/^[\x00-\x7f]*$/);
        expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
      }),
    );
  });
});

describe('slugify and idFromPath', () => {
  it('makes ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Đổi mới')).toBe('doi-moi');
    expect(slugify('  Bằng “Sáng kiến Thủ đô” 2024! ')).toBe('bang-sang-kien-thu-do-2024');
    expect(slugify('Kế hoạch 04/KH-HĐTĐKT')).toBe('ke-hoach-04-kh-hdtdkt');
  });

  it('turns file paths into stable ids', () => {
    expect(idFromPath('Đổi mới.md')).toBe('doi-moi');
    expect(idFromPath('Lĩnh vực/Bảng điện tử.mdx')).toBe('linh-vuc/bang-dien-tu');
    expect(idFromPath('so-hoa-ho-so.md')).toBe('so-hoa-ho-so');
  });

  it('only ever produces lower-case ASCII words joined by single hyphens (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const slug = slugify(s);
        expect(slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe('compareVi', () => {
  it('sorts in Vietnamese dictionary order', () => {
    const names = ['Đống Đa', 'Ba Vì', 'Ân Thi', 'Dương Nội', 'Anh Dũng', 'Ba Đình', 'Ứng Hòa', 'Uy Nỗ'];
    expect([...names].sort(compareVi)).toEqual(['Anh Dũng', 'Ân Thi', 'Ba Đình', 'Ba Vì', 'Dương Nội', 'Đống Đa', 'Uy Nỗ', 'Ứng Hòa']);
  });

  it('is a total order consistent in both directions (property)', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareVi(a, b)) + Math.sign(compareVi(b, a))).toBe(0);
      }));
  });
});

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Sáng kiến'.normalize('NFD');
    expect(nfd).not.toBe('Sáng kiến');
    expect(nfc(nfd)).toBe('Sáng kiến');
  });
});

describe('escapeRegExp', () => {
  it('makes a pattern that matches exactly the text, special characters included', () => {
    expect(escapeRegExp('km² (m2) [a-b] ^x$ a.b*c+d?e{1}|f\\g')).toBe('km² \\(m2\\) \\[a-b\\] \\^x\\$ a\\.b\\*c\\+d\\?e\\{1\\}\\|f\\\\g');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
      }),
    );
  });
});
