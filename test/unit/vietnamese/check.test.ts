/**
 * The text-quality rules on the real `npm run check` CLI: NFC (warning, fixed by --fix without any
 * other change), TCVN3/VNI mojibake (error with the converted text), tone-mark placement and
 * spelling (warnings with file and line; the project word list silences them).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ContentCopy, ROOT, TODAY, runCheck } from '../../helpers/content-fixture.ts';
import { encodeTcvn3, encodeVni } from '../../../src/lib/vietnamese/legacy.ts';

const INIT = 'initiatives/sang-kien-mau.md';
const TITLE = 'Sáng kiến điện mặt trời cho trụ sở phường';

let content: ContentCopy;
beforeEach(() => {
  content = new ContentCopy();
});
afterEach(() => content.remove());

const fix = (dir: string) =>
  spawnSync(process.execPath, ['scripts/check.ts', '--fix'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, SITE_TODAY: TODAY }, encoding: 'utf8' });

describe('NFC', () => {
  it('warns about a decomposed (NFD) file with its first line, and --fix restores it byte for byte', () => {
    const original = content.read(INIT);
    // A Windows-style copy in NFD: the fix must keep the CRLF line ends and change nothing but the normalisation.
    const nfd = original.replace(/\n/g, '\r\n').normalize('NFD');
    content.write(INIT, nfd);
    const r = runCheck(content.dir);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/sang-kien-mau\.md:2: Tệp có chữ ở dạng Unicode tổ hợp \(NFD.*Sửa: chạy "npm run check -- --fix"/);

    const fixed = fix(content.dir);
    expect(fixed.stdout).toContain('Đã chuẩn hóa Unicode (NFC): initiatives/sang-kien-mau.md');
    expect(content.read(INIT)).toBe(original.replace(/\n/g, '\r\n'));
    expect(fixed.stdout).not.toMatch(/NFD/);
  });

  it('leaves NFC files untouched', () => {
    const r = fix(content.dir);
    expect(r.stdout).not.toContain('Đã chuẩn hóa');
    expect(r.stdout).toContain('✓ Nội dung hợp lệ.');
  });
});

describe('legacy encodings', () => {
  it('fails on a TCVN3 paste in the title, naming file, line and field, with the converted text', () => {
    content.replace(INIT, `title: ${TITLE}`, `title: ${encodeTcvn3(TITLE)}`);
    const r = runCheck(content.dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`sang-kien-mau.md:2: title: Chữ bị lỗi phông, dán từ văn bản dùng bảng mã TCVN3 (ABC, phông .VnTime) cũ`);
    expect(r.stdout).toContain(`Sửa: thay bằng "${TITLE}"`);
  });

  it('fails on a VNI paste in the summary and in the body, each on its own line', () => {
    content.replace(INIT, 'summary: Sáng kiến mẫu dùng trong bộ kiểm thử.', `summary: ${encodeVni('Sáng kiến mẫu dùng trong bộ kiểm thử.')}`);
    const body = content.read(INIT).split('\n');
    const bodyLine = body.length; // appended as the last line
    content.write(INIT, `${body.join('\n')}\n${encodeVni('Người dân phường Đống Đa góp ý.')}`);
    const r = runCheck(content.dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sang-kien-mau.md:3: summary: Chữ bị lỗi phông, dán từ văn bản dùng bảng mã VNI (phông VNI-Times) cũ: "Saùng kieán maãu". Sửa: thay bằng "Sáng kiến mẫu dùng trong bộ kiểm thử."');
    expect(r.stdout).toContain(`sang-kien-mau.md:${bodyLine + 1}: (nội dung): Chữ bị lỗi phông`);
    expect(r.stdout).toContain('Sửa: thay bằng "Người dân phường Đống Đa góp ý."');
  });
});

describe('tone marks and spelling', () => {
  it('warns about the other tone-mark placement, and accepts a listed proper name', () => {
    content.replace(INIT, `title: ${TITLE}`, 'title: Sáng kiến thuỷ lợi cho phường Hoà Bình');
    const r = runCheck(content.dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('sang-kien-mau.md:2: title: "thuỷ" đặt dấu thanh khác quy ước của trang');
    expect(r.stdout).toContain('Sửa: viết "thủy"');
    expect(r.stdout).toContain('sang-kien-mau.md:2: title: "Hoà" đặt dấu thanh');
    content.write('tu-dien-rieng.txt', '# tên riêng giữ cách viết\nHoà\n');
    const listed = runCheck(content.dir);
    expect(listed.stdout).not.toContain('"Hoà"');
    expect(listed.stdout).toContain('"thuỷ"');
  });

  it("never reports the tone marks of a person's name", () => {
    content.replace(INIT, 'name: Nguyễn Thị Mẫu', 'name: Nguyễn Thị Thuỷ');
    expect(runCheck(content.dir).stdout).toContain('✓ Nội dung hợp lệ.');
  });

  it('warns about unknown words in titles and summaries with file, line and suggestions; the word list silences them', () => {
    content.replace(INIT, 'summary: Sáng kiến mẫu dùng trong bộ kiểm thử.', 'summary: Nhắc lịch qua Zalo, tiếnng Việt dễ hiểu.');
    const r = runCheck(content.dir);
    expect(r.status, 'spelling never fails the check').toBe(0);
    expect(r.stdout).toContain('sang-kien-mau.md:3: summary: Từ "Zalo" không có trong từ điển tiếng Việt');
    expect(r.stdout).toContain('sang-kien-mau.md:3: summary: Từ "tiếnng" không có trong từ điển tiếng Việt (có phải "tiếng"?)');
    content.write('tu-dien-rieng.txt', 'Zalo\n');
    const listed = runCheck(content.dir);
    expect(listed.stdout).not.toContain('"Zalo"');
    expect(listed.stdout).toContain('"tiếnng"');
  });

  it('does not spell-check other fields, acronyms or codes', () => {
    content.replace(INIT, 'credit: Nhóm kiểm thử', 'credit: Nhóm Zalo');
    content.replace(INIT, `title: ${TITLE}`, `title: ${TITLE} theo Kế hoạch 04/KH-HĐTĐKT của UBND`);
    expect(runCheck(content.dir).stdout).toContain('✓ Nội dung hợp lệ.');
  });
});

describe('the shipped content', () => {
  it('has no text-quality problem and is checked in under 5 seconds (dictionary loaded once)', () => {
    const r = runCheck(join(ROOT, 'content'));
    expect(r.stdout).toContain('✓ Nội dung hợp lệ.');
    const ms = Number(/trong (\d+) ms/.exec(r.stdout)?.[1]);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  });
});

describe('the text rules kept between builds (the content guard passes a cache file)', () => {
  it('gives the same warnings from the cache, re-checks an edited file, and starts over when the word list changes', async () => {
    const { validateContent } = await import('../../../src/lib/validation/validate.ts');
    const cacheFile = join(content.dir, '.cache', 'text-quality.json');
    content.replace(INIT, `title: ${TITLE}`, 'title: Sáng kiến thuỷ lợi cho phường Hoà Bình');
    const run = async () => (await validateContent({ contentDir: content.dir, today: '2026-11-23', textCacheFile: cacheFile })).problems.map((p) => `${p.file}:${p.line}: ${p.message}`).sort();
    const plain = (await validateContent({ contentDir: content.dir, today: '2026-11-23' })).problems.map((p) => `${p.file}:${p.line}: ${p.message}`).sort();
    expect(await run()).toEqual(plain);
    expect(existsSync(cacheFile)).toBe(true);
    // A hit comes from the cache: a result planted for the file's key is returned as stored.
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; results: Record<string, { message: string }[]> };
    const keys = Object.keys(stored.results);
    const key = keys.find((k) => stored.results[k]!.some((p) => p.message.includes('thuỷ')))!;
    stored.results[key] = stored.results[key]!.map((p) => ({ ...p, message: `${p.message} (từ bộ nhớ đệm)` }));
    writeFileSync(cacheFile, JSON.stringify(stored));
    expect((await run()).some((m) => m.includes('(từ bộ nhớ đệm)'))).toBe(true);
    // Editing the file checks it again.
    content.replace(INIT, 'thuỷ lợi', 'thủy lợi');
    expect((await run()).some((m) => m.includes('(từ bộ nhớ đệm)') || m.includes('"thuỷ"'))).toBe(false);
    // A new word list is a new version: nothing planted survives.
    content.replace(INIT, 'thủy lợi', 'thuỷ lợi');
    writeFileSync(cacheFile, JSON.stringify(stored));
    content.write('tu-dien-rieng.txt', 'Hoà\n');
    const listed = await run();
    expect(listed.some((m) => m.includes('(từ bộ nhớ đệm)'))).toBe(false);
    expect(listed.some((m) => m.includes('"Hoà"'))).toBe(false);
  });
});
