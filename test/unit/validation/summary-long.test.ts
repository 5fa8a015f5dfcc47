/** Rule `summary-long`: a warning for a summary over 220 characters, in every collection. */
import { describe, expect, it } from 'vitest';
import { summaryLong } from '../../../src/lib/validation/rules/summary-long.ts';
import { contextWith, fixtureEntries } from './fixture-entries.ts';

const summary = (n: number) => `summary: "${'a'.repeat(n)}"`;

describe('summaryLong', () => {
  it('accepts 220 characters', () => {
    const entries = fixtureEntries({ edit: { 'units/truong-mau.md': (t) => t.replace(/^summary: .*$/m, summary(220)) } });
    expect(summaryLong(entries, contextWith())).toEqual([]);
  });

  it('warns at 221, with the length and the fix', () => {
    const entries = fixtureEntries({ edit: { 'units/truong-mau.md': (t) => t.replace(/^summary: .*$/m, summary(221)) } });
    expect(summaryLong(entries, contextWith())).toEqual([
      {
        severity: 'warning', rule: 'summary-long', file: 'content/units/truong-mau.md', line: 5, field: 'summary',
        message: 'Tóm tắt dài 221 ký tự, sẽ bị cắt trên thẻ (nên ≤ 220). Sửa: rút gọn, đưa chi tiết vào phần nội dung.',
      },
    ]);
  });

  it('reads the summary of campaigns, initiatives and exhibitions too', () => {
    const long = (t: string) => t.replace(/^summary: .*$/m, summary(300));
    const entries = fixtureEntries({ edit: { 'campaigns/phong-trao-mau.mdx': long, 'initiatives/sang-kien-mau.md': long, 'exhibitions/trien-lam-mau.mdx': long } });
    expect(summaryLong(entries, contextWith()).map((p) => p.file).sort()).toEqual([
      'content/campaigns/phong-trao-mau.mdx',
      'content/exhibitions/trien-lam-mau.mdx',
      'content/initiatives/sang-kien-mau.md',
    ]);
  });
});
