/**
 * Legacy encodings: real samples made by encoding known Vietnamese sentences to TCVN3 (ABC) and
 * VNI bytes and reading those bytes as Latin-1 (what a paste from an old Word file looks like).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeTcvn3, decodeVni, detectLegacy, encodeTcvn3, encodeVni } from '../../../src/lib/vietnamese/legacy.ts';
import { createSpeller } from '../../../src/lib/vietnamese/spelling.ts';

const speller = createSpeller();
const isWord = (w: string) => speller.correct(w);

const SENTENCES = [
  'Sáng kiến, sáng tạo Thủ đô',
  'Mạng lưới sáng kiến Hà Nội',
  'Người dân phường Đống Đa góp ý cho dự thảo',
  'Kế hoạch số 04/KH-HĐTĐKT ngày 20/4/2021 của Hội đồng Thi đua - Khen thưởng thành phố',
  'Ủy ban nhân dân quận Long Biên tặng Giấy khen cho tập thể trường học',
  'Bệnh viện đa khoa ứng dụng hồ sơ bệnh án điện tử, rút ngắn thời gian chờ khám',
  'Hợp tác xã nông nghiệp sử dụng mã QR để truy xuất nguồn gốc rau an toàn',
];

describe('TCVN3 (ABC)', () => {
  it('encodes the way an old .VnTime document pastes', () => {
    expect(encodeTcvn3('Sáng kiến')).toBe('S¸ng kiÕn');
    expect(encodeTcvn3('Đống Đa')).toBe('§èng §a');
    expect(encodeTcvn3('người')).toBe('ng\u00adêi'); // ư is byte 0xAD, an invisible soft hyphen in Latin-1
  });

  it.each(SENTENCES)('detects "%s" pasted as TCVN3 and suggests the original', (sentence) => {
    const pasted = encodeTcvn3(sentence);
    expect(pasted).not.toBe(sentence);
    const finding = detectLegacy(pasted, isWord);
    expect(finding?.encoding).toBe('TCVN3');
    // TCVN3 has no capital toned letters (ABC uses separate capital fonts), so compare case-insensitively.
    expect(finding?.suggestion.toLowerCase()).toBe(sentence.toLowerCase());
  });

  it('keeps words typed in capitals in capitals', () => {
    expect(decodeTcvn3(encodeTcvn3('CỘNG HÒA HỘI'))).toBe('CỘNG HÒA HỘI');
    // With a single capital ("XÃ" → "X·") the case cannot be told from the bytes; the lower case letter stays.
    expect(decodeTcvn3(encodeTcvn3('XÃ'))).toBe('Xã');
  });
});

describe('VNI', () => {
  it('encodes the way a VNI-Times document pastes', () => {
    expect(encodeVni('Sáng kiến')).toBe('Saùng kieán');
    expect(encodeVni('Hà Nội')).toBe('Haø Noäi');
    expect(encodeVni('người')).toBe('ngöôøi');
    expect(encodeVni('Thủ đô')).toBe('Thuû ñoâ');
  });

  it.each(SENTENCES)('detects "%s" pasted as VNI and suggests the original exactly', (sentence) => {
    const finding = detectLegacy(encodeVni(sentence), isWord);
    expect(finding?.encoding).toBe('VNI');
    expect(finding?.suggestion).toBe(sentence);
  });

  it('round-trips every Vietnamese letter, lower and upper case', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    expect(decodeVni(encodeVni(letters))).toBe(letters);
    expect(decodeVni(encodeVni(letters.toUpperCase()))).toBe(letters.toUpperCase());
    expect(decodeTcvn3(encodeTcvn3(letters))).toBe(letters);
  });
});

describe('no false alarms', () => {
  it.each([
    ...SENTENCES,
    'Bá Vì', // only Latin-1 letters, and still real Unicode Vietnamese
    'Café sách của thư viện',
    'Nhà văn hóa tổ dân phố số 5',
    'José Martí',
    'Hệ thống đo 2,5 m³ nước mỗi ngày — tiết kiệm 15 % chi phí',
  ])('leaves real Unicode text alone: "%s"', (text) => {
    expect(detectLegacy(text, isWord)).toBeUndefined();
  });

  it('never flags text made only of dictionary words', () => {
    const words = ['sáng', 'kiến', 'Hà', 'Nội', 'người', 'dân', 'Bá', 'Vì', 'cà', 'phê', 'là', 'có'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (ws) => detectLegacy(ws.join(' '), isWord) === undefined));
  });
});
