/**
 * The one CSV module (src/lib/text/csv.ts) behind the open-data tables, the charts' downloads and the spreadsheet
 * import: RFC 4180 quoting, BOM, CRLF, NFC, and a writer→parser round trip for any text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvCell, parseCsv, toCsv } from '../../../src/lib/text/csv.ts';

describe('csvCell', () => {
  it('quotes a cell holding a comma, a quote, a line break or edge white space, doubling the quotes', () => {
    expect(csvCell('Cấp quận, huyện')).toBe('"Cấp quận, huyện"');
    expect(csvCell('Bằng "Sáng kiến"')).toBe('"Bằng ""Sáng kiến"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell(' Hà Nội')).toBe('" Hà Nội"');
    expect(csvCell('Hà Nội\t')).toBe('"Hà Nội\t"');
  });

  it('leaves other text as it is, Vietnamese and typographic quotes included', () => {
    expect(csvCell('Sáng kiến, sáng tạo'.replace(',', ''))).toBe('Sáng kiến sáng tạo');
    expect(csvCell('Bằng “Sáng kiến” Thủ đô')).toBe('Bằng “Sáng kiến” Thủ đô');
    expect(csvCell('Quận Đống Đa; Ba Đình')).toBe('Quận Đống Đa; Ba Đình');
    expect(csvCell('')).toBe('');
  });

  it('writes numbers, booleans, empty values and lists', () => {
    expect(csvCell(1203)).toBe('1203');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['don-vi-a', 'don-vi-b'])).toBe('don-vi-a; don-vi-b');
    expect(csvCell(['Tên cũ, 2020', 'Tên mới'])).toBe('"Tên cũ, 2020; Tên mới"');
    expect(csvCell([])).toBe('');
  });

  it('writes NFC text', () => {
    const nfd = 'Đống Đa, Hoàn Kiếm'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(csvCell(nfd)).toBe('"Đống Đa, Hoàn Kiếm"'.normalize('NFC'));
    expect(csvCell([nfd])).toBe(csvCell(nfd));
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF, the last one too', () => {
    expect(BOM).toBe('\uFEFF');
    expect(toCsv([['ma', 'ten'], ['a', 'Cầu Giấy'], ['b', 'x,y']])).toBe('\uFEFFma,ten\r\na,Cầu Giấy\r\nb,"x,y"\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n')).toEqual([['a', 'b,c', 'd "e"', 'f\r\ng']]);
  });

  it('accepts a file with or without BOM, with CRLF, LF or CR line ends, with or without a last line end', () => {
    const want = [['ma', 'ten'], ['a', 'Ba Vì']];
    for (const text of ['\uFEFFma,ten\r\na,Ba Vì\r\n', 'ma,ten\na,Ba Vì\n', 'ma,ten\ra,Ba Vì\r', 'ma,ten\r\na,Ba Vì']) expect(parseCsv(text), JSON.stringify(text)).toEqual(want);
  });

  it('keeps empty cells and empty lines', () => {
    expect(parseCsv(',a,\r\n\r\nb\r\n')).toEqual([['', 'a', ''], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('round trip', () => {
  /** Text made of what CSV must escape, Vietnamese letters (composed and decomposed) and anything else. */
  const tricky = fc.oneof(
    fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', ' ', '\t', ';', 'a', 'Đ', 'ế', 'e\u0302\u0301', 'ư', '“', '”') }),
    fc.string({ unit: 'grapheme' }),
  );

  it('parses back every cell the writer wrote, as NFC text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const csv = toCsv(rows);
        expect(csv.startsWith(BOM)).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(parseCsv(csv)).toEqual(rows.map((row) => row.map((cell) => cell.normalize('NFC'))));
      }),
    );
  });

  it('gives numbers, booleans, empty values and lists back as their text', () => {
    const cell = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string({ minLength: 1 }).filter((s) => !s.includes('; ')), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 5 }), (row) => {
        const text = (v: (typeof row)[number]) => (v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v));
        expect(parseCsv(toCsv([row]))).toEqual([row.map(text)]);
      }),
    );
  });
});
