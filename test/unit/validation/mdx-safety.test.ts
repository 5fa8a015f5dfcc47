/**
 * The MDX safety rule and the kit scanner: allowed kit usage passes; imports, scripts, event
 * handlers, expressions, unknown components, missing props, a Figure without alt text and a wrong
 * InitiativeGrid id fail with the line. Then the same on the real CLI (`npm run check`) with a
 * fixture exhibition, so the report names file and line.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mdxSafetyProblems } from '../../../src/lib/validation/mdx-safety.ts';
import { chaptersOf, gridIds, maskCode, scanTags, splitIds } from '../../../src/lib/content/mdx-kit.ts';
import { ContentCopy, ROOT, runCheck } from '../../helpers/content-fixture.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const KNOWN = new Set(['sang-kien-a', 'sang-kien-b']);
const check = (body: string, file = 'content/exhibitions/x.mdx', imageExists = () => true) =>
  mdxSafetyProblems({ file, body, bodyLine: 10, initiatives: KNOWN, imageExists });

const GOOD = `Mở đầu.

<Chapter title="Chương một">

<InitiativeGrid ids="sang-kien-a, sang-kien-b" />

<Quote attribution="Bà A" role="Tổ trưởng">Lời trích.</Quote>

<Figure credit="Nhóm biên tập">

![Mô tả ảnh](../images/a.jpg)

</Figure>

<KeyFigure value="3–5" label="sáng kiến" source="Kế hoạch 19/KH-HĐTĐKT" />

<Timeline>
<TimelineItem date="2023-05-18" title="Sơ kết">Nội dung.</TimelineItem>
<TimelineItem date="2025" title="Tổng kết" />
</Timeline>

</Chapter>

{/* ghi chú của biên tập viên */}

\`\`\`mdx
<Script /> import x from 'y'
\`\`\`
`;

describe('mdxSafetyProblems', () => {
  it('accepts every kit component used as documented, comments and code examples', () => {
    expect(check(GOOD)).toEqual([]);
  });

  const bad: [string, string, RegExp, number][] = [
    ['import', "import Foo from '../../src/x.ts'\n", /Không được dùng "import"/, 10],
    ['export', 'Văn bản.\n\nexport const a = 1\n', /Không được dùng "export"/, 12],
    ['script', 'Dòng một.\n<script>alert(1)</script>\n', /Không được dùng thẻ <script>/, 11],
    ['iframe', '<iframe src="https://x.example"></iframe>\n', /thẻ <iframe>/, 10],
    ['event handler', 'Một\nHai\n<a href="/x/" onclick="steal()">x</a>\n', /thuộc tính sự kiện "onclick"/, 12],
    ['event handler on a kit component', '<Quote attribution="A" onMouseOver="x()">q</Quote>\n', /thuộc tính sự kiện "onMouseOver"/, 10],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>\n', /javascript:/, 10],
    ['expression', 'Tổng là {1 + 1}.\n', /biểu thức \{…\}/, 10],
    ['unknown component', '\n<Chart data="x" />\n', /Thành phần <Chart> không có trong bộ thành phần/, 11],
    ['misspelt component', '<Chaptr title="x">y</Chaptr>\n', /có phải "Chapter"\?/, 10],
    ['expression prop', '<InitiativeGrid ids={["sang-kien-a"]} />\n', /phải là chữ trong dấu ngoặc kép/, 10],
    ['missing prop', '<Quote>Không ghi ai nói.</Quote>\n', /<Quote> thiếu thuộc tính bắt buộc "attribution"/, 10],
    ['unknown prop', '<KeyFigure value="1" label="a" source="b" color="red" />\n', /<KeyFigure> không có thuộc tính "color"/, 10],
    ['bad timeline date', '<Timeline><TimelineItem date="18/5/2023" title="x" /></Timeline>\n', /Ngày "18\/5\/2023" của <TimelineItem>/, 10],
    ['figure without alt', '<Figure credit="A">\n\n![](../images/a.jpg)\n\n</Figure>\n', /thiếu mô tả thay thế \(alt\)/, 12],
    ['figure without image', '<Figure credit="A">Chỉ có chữ.</Figure>\n', /phải chứa đúng một ảnh/, 10],
    ['wrong initiative id', '\n\n<InitiativeGrid ids="sang-kien-a sang-kien-c" />\n', /InitiativeGrid: không tìm thấy sáng kiến "sang-kien-c".*có phải "sang-kien-a"\?/, 12],
  ];
  for (const [name, body, message, line] of bad) {
    it(`rejects ${name} with its line`, () => {
      const problems = check(body);
      expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
      const hit = problems.find((p) => message.test(p.message));
      expect(hit, JSON.stringify(problems)).toBeDefined();
      expect(hit!.line).toBe(line);
      expect(hit!.file).toBe('content/exhibitions/x.mdx');
      expect(hit!.severity).toBe('error');
    });
  }

  it('reports a missing Figure image file', () => {
    const problems = check('<Figure credit="A">\n\n![Ảnh](../images/khong-co.jpg)\n\n</Figure>\n', 'content/exhibitions/x.mdx', () => false);
    expect(problems.map((p) => p.rule)).toEqual(['image-missing']);
    expect(problems[0]!.message).toContain('../images/khong-co.jpg');
  });

  it('checks raw HTML in plain Markdown too, but leaves MDX-only rules to .mdx files', () => {
    expect(check('<script>x()</script>\n', 'content/initiatives/a.md').map((p) => p.rule)).toEqual(['mdx-safety']);
    expect(check('Giá {tạm tính}; <Chart />\n', 'content/initiatives/a.md')).toEqual([]);
  });
});

describe('the kit scanner', () => {
  it('reads grid ids in order without repeats, and chapter anchors', () => {
    const body = '<InitiativeGrid ids="b, a" />\n<Chapter title="Đổi mới sáng tạo">x</Chapter>\n<InitiativeGrid ids="a c" />\n<Chapter title="Khác" id="rieng">y</Chapter>';
    expect(gridIds(body)).toEqual(['b', 'a', 'c']);
    expect(chaptersOf(body)).toEqual([
      { title: 'Đổi mới sáng tạo', anchor: 'doi-moi-sang-tao' },
      { title: 'Khác', anchor: 'rieng' },
    ]);
  });

  it('ignores tags inside code and keeps line numbers', () => {
    const body = 'a\n```\n<InitiativeGrid ids="x" />\n```\n`<Chapter title="y">`\n<Quote attribution="z">q</Quote>';
    expect(maskCode(body).split('\n')).toHaveLength(body.split('\n').length);
    expect(scanTags(body).map((t) => [t.name, t.line])).toEqual([['Quote', 6]]);
    expect(gridIds(body)).toEqual([]);
  });

  it('splits ids on commas, spaces and line breaks (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 8 }), fc.constantFrom(', ', ' ', '\n', ','), (ids, sep) => {
        expect(splitIds(ids.join(sep))).toEqual(ids);
      }),
    );
  });
});

describe('npm run check on an exhibition', () => {
  const EX = 'exhibitions/trien-lam-mau.mdx';
  let content: ContentCopy;
  beforeEach(() => {
    content = new ContentCopy();
  });
  afterEach(() => content.remove());

  it('passes with the kit and a valid InitiativeGrid', () => {
    content.replace(EX, 'Nội dung triển lãm mẫu.', '<Chapter title="Một">\n\n<InitiativeGrid ids="sang-kien-mau" />\n\n</Chapter>');
    const r = runCheck(content.dir);
    expect(r.stdout + r.stderr).toContain('Nội dung hợp lệ');
    expect(r.status).toBe(0);
  });

  it('fails on a wrong InitiativeGrid id, naming file and line, with a suggestion', () => {
    content.replace(EX, 'Nội dung triển lãm mẫu.', 'Mở đầu.\n\n<InitiativeGrid ids="sang-kien-mau, sang-kien-mao" />');
    const r = runCheck(content.dir);
    expect(r.status).not.toBe(0);
    const line = content.read(EX).split('\n').findIndex((l) => l.includes('sang-kien-mao')) + 1;
    expect(r.stdout + r.stderr).toMatch(new RegExp(`exhibitions/trien-lam-mau\\.mdx:${line}: \\(nội dung\\): InitiativeGrid: không tìm thấy sáng kiến "sang-kien-mao"`));
  });

  it('fails on forbidden MDX, naming file and line', () => {
    content.replace(EX, 'Nội dung triển lãm mẫu.', "import Evil from '../../src/evil.ts'\n\n<Evil />");
    const r = runCheck(content.dir);
    expect(r.status).not.toBe(0);
    const lines = content.read(EX).split('\n');
    const importLine = lines.findIndex((l) => l.startsWith('import')) + 1;
    const out = r.stdout + r.stderr;
    expect(out).toMatch(new RegExp(`trien-lam-mau\\.mdx:${importLine}: \\(nội dung\\): Không được dùng "import"`));
    expect(out).toMatch(new RegExp(`trien-lam-mau\\.mdx:${importLine + 2}: \\(nội dung\\): Thành phần <Evil> không có`));
  });
});

describe('the editor guide docs/trien-lam.md', () => {
  const guide = readFileSync(join(ROOT, 'docs/trien-lam.md'), 'utf8');
  const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const shipped = new Set(readdirSync(join(ROOT, 'content/initiatives')).map((f) => f.replace(/\.mdx?$/, '')));

  it('shows every kit component in a copyable example that passes the safety rule with the shipped initiatives', () => {
    for (const name of ['Chapter', 'InitiativeGrid', 'Timeline', 'TimelineItem', 'Quote', 'Figure', 'KeyFigure']) {
      expect(examples.some((e) => e.includes(`<${name} `) || e.includes(`<${name}>`)), name).toBe(true);
    }
    for (const example of examples) {
      expect(mdxSafetyProblems({ file: 'docs/example.mdx', body: example, bodyLine: 1, initiatives: shipped })).toEqual([]);
    }
  });
});
