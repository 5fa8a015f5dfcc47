/**
 * Every validation rule of the content model, proven on the real CLI (`npm run check`):
 * the broken fixture fails with a Vietnamese message naming file, line and field; the fixed one passes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentCopy, runCheck } from '../../helpers/content-fixture.ts';

const INIT = 'initiatives/sang-kien-mau.md';

let content: ContentCopy;
beforeEach(() => {
  content = new ContentCopy();
});
afterEach(() => content.remove());

interface Case {
  rule: string;
  break: (c: ContentCopy) => void;
  /** Text the report must contain: `file:line: field: …message…` */
  expect: RegExp;
  fix?: (c: ContentCopy) => void;
}

const cases: Case[] = [
  {
    rule: 'missing required field',
    break: (c) => c.replace(INIT, /^summary: .*\n/m, ''),
    expect: /initiatives\/sang-kien-mau\.md:2: summary: Thiếu tóm tắt\. Sửa: thêm dòng này/,
  },
  {
    rule: 'unknown vocabulary value',
    break: (c) => c.replace(INIT, 'field: chuyen-doi-so', 'field: cong-nghe'),
    expect: /sang-kien-mau\.md:4: field: Giá trị "cong-nghe" không có trong danh mục lĩnh vực .*Sửa: dùng một trong: chuyen-doi-so \(Chuyển đổi số\), moi-truong/,
  },
  {
    rule: 'unknown level value',
    break: (c) => c.replace(INIT, 'level: cap-huyen', 'level: cap-quan'),
    expect: /sang-kien-mau\.md:21: recognitions\[1\]\.level: Giá trị "cap-quan" không có trong danh mục cấp công nhận/,
  },
  {
    rule: 'impossible date',
    break: (c) => c.replace(INIT, 'decisionDate: 2022-10-05', 'decisionDate: 2022-02-30'),
    expect: /sang-kien-mau\.md:24: recognitions\[1\]\.decisionDate: Ngày "2022-02-30" không hợp lệ hoặc không có thật\. Sửa: ghi theo dạng YYYY-MM-DD/,
  },
  {
    rule: 'malformed date',
    break: (c) => c.replace(INIT, 'verifiedAt: 2026-06-01', 'verifiedAt: 1/6/2026'),
    expect: /sang-kien-mau\.md:\d+: status\.verifiedAt: Ngày "1\/6\/2026" không hợp lệ/,
  },
  {
    rule: 'reference to a missing entry',
    break: (c) => c.replace(INIT, 'unit: ubnd-phuong-mau', 'unit: ubnd-phuong-mao'),
    expect: /sang-kien-mau\.md:6: unit: Không tìm thấy đơn vị "ubnd-phuong-mao"\. Sửa: ghi đúng tên tệp .* \(có phải "ubnd-phuong-mau"\?\)/,
  },
  {
    rule: 'reference to a missing replicating unit',
    break: (c) => c.replace(INIT, '    - truong-mau', '    - truong-khong-co'),
    expect: /sang-kien-mau\.md:\d+: status\.replicatedBy\[0\]: Không tìm thấy đơn vị "truong-khong-co"/,
  },
  {
    rule: 'duplicate slug',
    break: (c) => c.write('initiatives/Sáng kiến mẫu.md', c.read(INIT)),
    // Files are read in code-point order, so the lower-case name is the second one seen.
    expect: /initiatives\/sang-kien-mau\.md:1: Trùng địa chỉ trang \(slug\) "sang-kien-mau" với tệp .*initiatives\/Sáng kiến mẫu\.md: hai tệp sẽ cùng một URL\. Sửa: đổi tên một tệp/,
    fix: (c) => c.delete('initiatives/Sáng kiến mẫu.md'),
  },
  {
    rule: 'image file missing',
    break: (c) => c.replace(INIT, '../images/anh-mau.jpg', '../images/anh-khong-co.jpg'),
    expect: /sang-kien-mau\.md:\d+: media\[0\]\.src: Không tìm thấy tệp ảnh "\.\.\/images\/anh-khong-co\.jpg"/,
  },
  {
    rule: 'empty alt text',
    break: (c) => c.replace(INIT, 'alt: Ảnh mẫu các khối màu', 'alt: ""'),
    expect: /sang-kien-mau\.md:\d+: media\[0\]\.alt: Mô tả thay thế \(alt\) của ảnh đang để trống/,
  },
  {
    rule: 'missing alt text',
    break: (c) => c.replace(INIT, /^ {4}alt: .*\n/m, ''),
    expect: /media\[0\]\.alt: Ảnh thiếu mô tả thay thế \(alt\)/,
  },
  {
    rule: 'recognition ladder out of order',
    break: (c) => c.replace(INIT, 'decisionDate: 2022-10-05', 'decisionDate: 2022-05-05'),
    expect: /recognitions\[1\]\.decisionDate: Thứ tự công nhận sai: "Cấp quận, huyện, sở, ngành" \(2022-05-05\) có ngày trước "Cấp cơ sở" \(2022-06-10\)/,
  },
  {
    rule: 'verifiedAt in the future',
    break: (c) => c.replace(INIT, 'verifiedAt: 2026-06-01', 'verifiedAt: 2027-01-01'),
    expect: /status\.verifiedAt: Ngày xác minh ở tương lai \(sau ngày 2026-11-23\)/,
  },
  {
    rule: 'revoked record without decision',
    break: (c) => c.replace(INIT, 'demo: true\n', 'demo: true\nrevoked:\n  date: 2024-01-10\n  reason: Trùng sáng kiến khác\n'),
    expect: /revoked\.decision: Thiếu số quyết định thu hồi\. Sửa:/,
  },
  {
    rule: 'phone number in an author field',
    break: (c) => c.replace(INIT, 'name: Nguyễn Thị Mẫu', 'name: Nguyễn Thị Mẫu 0912 345 678'),
    expect: /authors\[0\]\.name: Có vẻ chứa số điện thoại cá nhân\. Sửa: xóa số điện thoại/,
  },
  {
    rule: 'ID number in an author field',
    break: (c) => c.replace(INIT, 'role: Chủ nhiệm', 'role: "Chủ nhiệm, CCCD 001085012345"'),
    expect: /authors\[0\]\.role: Có vẻ chứa số CMND\/CCCD/,
  },
  {
    rule: 'personal-data key',
    break: (c) => c.replace(INIT, '    consent: true', '    consent: true\n    ngaySinh: 1985-02-01'),
    expect: /authors\[0\]\.ngaySinh: Trường "ngaySinh" chứa thông tin cá nhân/,
  },
  {
    rule: 'misspelt field name',
    break: (c) => c.replace(INIT, 'holder: ca-nhan', 'holder: ca-nhan\nholdr: ca-nhan'),
    expect: /holdr: Trường "holdr" không có trong mẫu/,
  },
  {
    rule: 'award that does not match its level',
    break: (c) => c.replace(INIT, 'award: giay-khen', 'award: bang-sang-kien-thu-do'),
    expect: /recognitions\[1\]\.award: "Bằng “Sáng kiến Thủ đô”" không đi với cấp quận/,
  },
  {
    rule: 'YAML syntax error',
    break: (c) => c.replace(INIT, 'title: Sáng kiến điện mặt trời cho trụ sở phường', 'title: Sáng kiến: điện mặt trời: cho trụ sở'),
    expect: /sang-kien-mau\.md:2: Lỗi cú pháp YAML/,
  },
];

describe('npm run check', () => {
  it('passes on the valid fixture', () => {
    const r = runCheck(content.dir);
    expect(r.stdout).toContain('✓ Nội dung hợp lệ.');
    expect(r.status).toBe(0);
  });

  for (const c of cases) {
    it(`fails on ${c.rule}, naming file, line and field, and passes once fixed`, () => {
      const original = new Map([[INIT, content.read(INIT)]]);
      c.break(content);
      const broken = runCheck(content.dir);
      expect(broken.status, broken.stdout).toBe(1);
      expect(broken.stdout).toMatch(c.expect);
      expect(broken.stdout).toContain('lỗi phải sửa trước khi đăng');
      // Fix: restore the file(s) the break touched.
      for (const [file, text] of original) content.write(file, text);
      c.fix?.(content);
      const fixed = runCheck(content.dir);
      expect(fixed.stdout).toContain('✓ Nội dung hợp lệ.');
      expect(fixed.status).toBe(0);
    });
  }

  it('reports every problem at once, errors before warnings', () => {
    content.replace(INIT, 'field: chuyen-doi-so', 'field: khong-co');
    content.replace(INIT, 'unit: ubnd-phuong-mau', 'unit: khong-co');
    content.replace('initiatives/sang-kien-thu-hai.md', 'verifiedAt: 2026-05-01', 'verifiedAt: 2024-01-01');
    const r = runCheck(content.dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ 1 lỗi/); // schema errors stop the entry before reference checks
    expect(r.stdout).toMatch(/! 1 cảnh báo/);
    expect(r.stdout).toMatch(/sang-kien-thu-hai\.md:\d+: status\.verifiedAt: Tình trạng áp dụng chưa được xác minh lại hơn 12 tháng/);
    expect(r.stdout.indexOf('lỗi')).toBeLessThan(r.stdout.indexOf('cảnh báo'));
  });

  it('reports a broken file once: references to it from other files are not also "not found"', () => {
    // sang-kien-mau lists sang-kien-thu-hai as related; break thu-hai's own field.
    expect(content.read(INIT)).toContain('  - sang-kien-thu-hai');
    content.replace('initiatives/sang-kien-thu-hai.md', 'verifiedAt: 2026-05-01', 'verifiedAt: 2026-13-45');
    const r = runCheck(content.dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ 1 lỗi/);
    expect(r.stdout).toMatch(/sang-kien-thu-hai\.md:\d+: status\.verifiedAt:/);
    expect(r.stdout).not.toContain('Không tìm thấy sáng kiến');
  });

  it('exits 0 when only warnings remain', () => {
    content.replace('initiatives/sang-kien-thu-hai.md', 'verifiedAt: 2026-05-01', 'verifiedAt: 2024-01-01');
    const r = runCheck(content.dir);
    expect(r.stdout).toMatch(/! 1 cảnh báo/);
    expect(r.status).toBe(0);
  });
});

describe('npm run check: the tile map in areas.yaml', () => {
  const AREAS = 'areas.yaml';
  const cases: { rule: string; break: (c: ContentCopy) => void; expect: RegExp }[] = [
    {
      rule: 'two areas on one tile',
      break: (c) => c.replace(AREAS, 'tile: { row: 2, col: 5 }', 'tile: { row: 4, col: 4 }'),
      expect: /areas\.yaml:13: long-bien\.tile: Ô bản đồ \(hàng 4, cột 4\) của "Long Biên" trùng với ô của "Đống Đa" \(dong-da\)\. Sửa: chọn một ô còn trống/,
    },
    {
      rule: 'an area without a tile',
      break: (c) => c.replace(AREAS, '  tile: { row: 2, col: 5 }\n', ''),
      expect: /areas\.yaml:9: long-bien\.tile: Địa bàn "Long Biên" chưa có ô trên bản đồ\. Sửa: thêm "tile: \{ row: <hàng>, col: <cột> \}"/,
    },
    {
      rule: 'a tile outside the grid',
      break: (c) => c.replace(AREAS, 'tile: { row: 2, col: 5 }', 'tile: { row: 2, col: 12 }'),
      expect: /areas\.yaml:13: long-bien\.tile\.col: tile\.col từ 0 đến 9\./,
    },
    {
      rule: 'a short name too long for a tile',
      break: (c) => c.replace(AREAS, 'short: LB', 'short: LBiên'),
      expect: /areas\.yaml:12: long-bien\.short: Tên viết tắt \(short\) dài quá 4 ký tự/,
    },
    {
      rule: 'a tile for the whole city',
      break: (c) => c.replace(AREAS, 'kind: toan-thanh-pho', 'kind: toan-thanh-pho\n  tile: { row: 0, col: 0 }'),
      expect: /areas\.yaml:4: toan-thanh-pho\.tile: "Toàn thành phố" là toàn thành phố, không có ô trên bản đồ\. Sửa: xóa dòng tile\./,
    },
  ];
  for (const c of cases) {
    it(`fails on ${c.rule}, naming the line and the area, and passes once fixed`, () => {
      const original = content.read(AREAS);
      c.break(content);
      const broken = runCheck(content.dir);
      expect(broken.status, broken.stdout).toBe(1);
      expect(broken.stdout).toMatch(c.expect);
      // Only the map rule is reported: the other files still find the area in the vocabulary.
      expect(broken.stdout).not.toMatch(/không có trong danh mục địa bàn/);
      content.write(AREAS, original);
      const fixed = runCheck(content.dir);
      expect(fixed.stdout).toContain('✓ Nội dung hợp lệ.');
      expect(fixed.status).toBe(0);
    });
  }
});
