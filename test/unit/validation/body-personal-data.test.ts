/** Rule `personal-data` in page text: phone and ID numbers in the body of initiatives and units, by line. */
import { describe, expect, it } from 'vitest';
import { bodyPersonalData } from '../../../src/lib/validation/rules/body-personal-data.ts';
import { contextWith, fixtureEntries } from './fixture-entries.ts';

const append = (line: string) => (t: string) => `${t}\n${line}\n`;

describe('bodyPersonalData', () => {
  it('finds nothing in the fixture', () => {
    expect(bodyPersonalData(fixtureEntries(), contextWith())).toEqual([]);
  });

  it("names the body line of a phone number in an initiative's text", () => {
    const entries = fixtureEntries({ edit: { 'initiatives/sang-kien-thu-hai.md': append('Liên hệ 0912 345 678.') } });
    expect(bodyPersonalData(entries, contextWith())).toEqual([
      {
        severity: 'error', rule: 'personal-data', file: 'content/initiatives/sang-kien-thu-hai.md', line: 25, field: '(nội dung)',
        message: 'Có vẻ chứa số điện thoại cá nhân. Sửa: xóa số điện thoại; trang công khai không đăng thông tin cá nhân của tác giả.',
      },
    ]);
  });

  it("reads a unit's text, and only initiatives' and units' (campaign pages cite office numbers)", () => {
    const entries = fixtureEntries({
      edit: { 'units/ubnd-phuong-mau.md': append('Số CCCD 001085012345 của tác giả'), 'campaigns/phong-trao-mau.mdx': append('Liên hệ 0912 345 678.') },
    });
    const problems = bodyPersonalData(entries, contextWith());
    expect(problems.map((p) => [p.file, p.line])).toEqual([['content/units/ubnd-phuong-mau.md', 12]]);
    expect(problems[0]!.message).toMatch(/^Có vẻ chứa số CMND\/CCCD/);
  });
});
