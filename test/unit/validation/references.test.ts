/** Rule `reference`: each reference field names an existing entry, with a suggestion; no initiative relates to itself. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { references } from '../../../src/lib/validation/rules/references.ts';
import { FIXTURE } from '../../helpers/content-fixture.ts';
import { contextWith, fixtureEntries } from './fixture-entries.ts';

const INIT = 'initiatives/sang-kien-mau.md';
const run = (changes: Parameters<typeof fixtureEntries>[0], alsoExisting: Parameters<typeof contextWith>[2] = {}) => {
  const entries = fixtureEntries(changes);
  return references(entries, contextWith({}, entries, alsoExisting));
};

describe('references', () => {
  it('finds nothing wrong in the fixture, whose references all exist', () => {
    expect(run({})).toEqual([]);
  });

  it("names a misspelt unit with the file's line, the field and the closest existing id", () => {
    expect(run({ edit: { [INIT]: (t) => t.replace('unit: ubnd-phuong-mau', 'unit: ubnd-phuong-mao') } })).toEqual([
      {
        severity: 'error', rule: 'reference', file: 'content/initiatives/sang-kien-mau.md', line: 6, field: 'unit',
        message: 'Không tìm thấy đơn vị "ubnd-phuong-mao". Sửa: ghi đúng tên tệp (không có .md) trong content/units/ (có phải "ubnd-phuong-mau"?), hoặc tạo đơn vị đó trước.',
      },
    ]);
  });

  it('checks the campaign, the replicating units and the related initiatives of an initiative', () => {
    const problems = run({
      edit: {
        [INIT]: (t) => t.replace('campaign: phong-trao-mau', 'campaign: phong-trao-xyz').replace('    - truong-mau', '    - truong-mau\n    - khong-co-don-vi').replace('  - sang-kien-thu-hai', '  - sang-kien-thu-hai\n  - khong-co'),
      },
    });
    expect(problems.map((p) => [p.line, p.field, p.message.split('.')[0]])).toEqual([
      [13, 'campaign', 'Không tìm thấy phong trào "phong-trao-xyz"'],
      [32, 'status.replicatedBy[1]', 'Không tìm thấy đơn vị "khong-co-don-vi"'],
      [39, 'related[1]', 'Không tìm thấy sáng kiến "khong-co"'],
    ]);
  });

  it('reports an initiative related to itself, and does not look it up', () => {
    expect(run({ edit: { [INIT]: (t) => t.replace('  - sang-kien-thu-hai', '  - sang-kien-mau') } })).toEqual([
      { severity: 'error', rule: 'reference', file: 'content/initiatives/sang-kien-mau.md', line: 37, field: 'related[0]', message: 'Sáng kiến liên quan trỏ về chính nó. Sửa: xóa dòng này.' },
    ]);
  });

  it('does not report a reference to a file that exists but fails its own schema (that file has its own errors)', () => {
    const related = { [INIT]: (t: string) => t.replace('  - sang-kien-thu-hai', '  - sang-kien-thu-hai\n  - sang-kien-hong') };
    expect(run({ edit: related }, { initiatives: ['sang-kien-hong'] })).toEqual([]);
    // The same reference without such a file is reported.
    expect(run({ edit: related }).map((p) => p.message.split('.')[0])).toEqual(['Không tìm thấy sáng kiến "sang-kien-hong"']);
  });

  it("checks an exhibition's campaign and a campaign's parent, and accepts a parent that exists", () => {
    const broken = run({
      edit: {
        'exhibitions/trien-lam-mau.mdx': (t) => t.replace('campaign: phong-trao-mau', 'campaign: khong-co'),
        'campaigns/phong-trao-mau.mdx': (t) => t.replace('demo: true', 'parent: phong-trao-me\ndemo: true'),
      },
    });
    expect(broken.map((p) => [p.file, p.line, p.field])).toEqual([
      ['content/exhibitions/trien-lam-mau.mdx', 3, 'campaign'],
      ['content/campaigns/phong-trao-mau.mdx', 29, 'parent'],
    ]);
    expect(broken[1]!.message).toBe('Không tìm thấy phong trào "phong-trao-me". Sửa: ghi đúng tên tệp (không có .md) trong content/campaigns/ (có phải "phong-trao-mau"?), hoặc tạo phong trào đó trước.');
    const parent = (t: string) => t.replace('demo: true', 'parent: phong-trao-mau\ndemo: true');
    expect(run({ add: { 'campaigns/phong-trao-con.mdx': parent(readFileSync(join(FIXTURE, 'campaigns/phong-trao-mau.mdx'), 'utf8')) } })).toEqual([]);
  });
});

