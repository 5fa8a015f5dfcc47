/**
 * Change history from git: one `git log` for the whole content folder, newest first, dated by commit;
 * works outside git and without git (empty, no throw) and in shallow clones (boundary commits,
 * whose file lists are not real changes, are not attributed). And the prefilled correction link.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitHistory, runGit, pageHistory, type GitRunner } from '../../../src/lib/content/history.ts';
import { correctionHref } from '../../../src/lib/sharing/corrections.ts';

let base: string;
let repo: string;
const COMMITS = [
  { date: '2025-03-01T10:00:00+07:00', files: ['content/initiatives/a.md', 'content/units/u.md'], subject: 'Thêm sáng kiến A và đơn vị U' },
  { date: '2025-08-15T10:00:00+07:00', files: ['content/initiatives/b.md'], subject: 'Thêm sáng kiến B' },
  { date: '2026-02-20T10:00:00+07:00', files: ['content/initiatives/a.md'], subject: 'Sửa tóm tắt sáng kiến A' },
  { date: '2026-05-02T10:00:00+07:00', files: ['README.md'], subject: 'Sửa hướng dẫn (ngoài thư mục nội dung)' },
  { date: '2026-06-01T10:00:00+07:00', files: ['content/units/u.md', 'src/x.ts'], subject: 'Refactor unit pages' },
];

function git(cwd: string, args: string[], date?: string) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Biên tập', GIT_AUTHOR_EMAIL: 'bt@example.org', GIT_COMMITTER_NAME: 'Biên tập', GIT_COMMITTER_EMAIL: 'bt@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'mlsk-history-'));
  repo = join(base, 'repo');
  mkdirSync(join(repo, 'content/initiatives'), { recursive: true });
  mkdirSync(join(repo, 'content/units'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  mkdirSync(join(repo, 'src'), { recursive: true });
  COMMITS.forEach((c, i) => {
    for (const f of c.files) writeFileSync(join(repo, f), `---\ntitle: ${f} ${i}\n---\n`);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', c.subject, '-m', 'Chi tiết không hiện trên trang.'], c.date);
  });
  writeFileSync(join(repo, 'content/initiatives/chua-commit.md'), 'x');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Expected changes of a file, computed from the COMMITS table, newest first. */
const expected = (file: string) =>
  COMMITS.filter((c) => c.files.includes(file))
    .reverse()
    .map((c) => ({ date: c.date.slice(0, 10), subject: c.subject, editorial: c.files.every((f) => f.startsWith('content/')) }));

describe('readGitHistory', () => {
  it('gives each content file its commits, newest first, with date and subject only', () => {
    const index = readGitHistory(join(repo, 'content'));
    expect(index.available).toBe(true);
    expect(index.shallow).toBe(false);
    for (const file of ['content/initiatives/a.md', 'content/initiatives/b.md', 'content/units/u.md']) {
      expect(index.changesOf(join(repo, file)).map(({ date, subject, editorial }) => ({ date, subject, editorial }))).toEqual(expected(file));
    }
    expect(index.changesOf(join(repo, 'content/initiatives/chua-commit.md'))).toEqual([]);
    expect(index.changesOf(join(repo, 'README.md'))).toEqual([]); // outside the content folder
    const page = pageHistory(index, join(repo, 'content/initiatives/a.md'), 1);
    expect(page).toMatchObject({ lastUpdated: '2026-02-20', total: 2 });
    expect(page.changes).toHaveLength(1);
  });

  it('marks a commit that also changed code as technical, one that changed only content as editorial', () => {
    const changes = readGitHistory(join(repo, 'content')).changesOf(join(repo, 'content/units/u.md'));
    expect(changes.map((c) => [c.subject, c.editorial])).toEqual([
      ['Refactor unit pages', false],
      ['Thêm sáng kiến A và đơn vị U', true],
    ]);
  });

  it('runs a fixed number of git log passes for the whole folder, however many files are asked for', () => {
    const calls: string[][] = [];
    const spy: GitRunner = (args, cwd) => (calls.push(args), runGit(args, cwd));
    const index = readGitHistory(join(repo, 'content'), spy);
    for (let i = 0; i < 50; i++) index.changesOf(join(repo, 'content/initiatives/a.md'));
    expect(calls.filter((a) => a[0] === 'log')).toHaveLength(2);
  });

  it('returns an empty history outside a git repository and when git is missing, without throwing', () => {
    const plain = join(base, 'plain/content');
    mkdirSync(plain, { recursive: true });
    writeFileSync(join(plain, 'x.md'), 'x');
    const outside = readGitHistory(plain);
    expect(outside.available).toBe(false);
    expect(outside.changesOf(join(plain, 'x.md'))).toEqual([]);
    const noGit: GitRunner = () => ({ status: null, stdout: '' });
    expect(readGitHistory(join(repo, 'content'), noGit).changesOf(join(repo, 'content/initiatives/a.md'))).toEqual([]);
    expect(readGitHistory(join(base, 'does-not-exist')).available).toBe(false);
  });

  it('works in a shallow clone: recent changes known, the boundary commit not attributed', () => {
    const shallow = join(base, 'shallow');
    git(base, ['clone', '-q', '--depth', '3', `file://${repo}`, shallow]);
    const index = readGitHistory(join(shallow, 'content'));
    expect(index.available).toBe(true);
    expect(index.shallow).toBe(true);
    // Depth 3 keeps the last three commits; the oldest is the boundary (shown by git as adding every file).
    expect(index.changesOf(join(shallow, 'content/initiatives/a.md')).map((c) => c.subject)).toEqual([]);
    expect(index.changesOf(join(shallow, 'content/initiatives/b.md'))).toEqual([]);
    const deeper = join(base, 'shallow3');
    git(base, ['clone', '-q', '--depth', '4', `file://${repo}`, deeper]);
    const index3 = readGitHistory(join(deeper, 'content'));
    expect(index3.changesOf(join(deeper, 'content/initiatives/a.md')).map((c) => c.subject)).toEqual([COMMITS[2]!.subject]);
    expect(index3.changesOf(join(deeper, 'content/initiatives/b.md'))).toEqual([]);
    const depth1 = join(base, 'shallow1');
    git(base, ['clone', '-q', '--depth', '1', `file://${repo}`, depth1]);
    expect(readGitHistory(join(depth1, 'content')).changesOf(join(depth1, 'content/initiatives/a.md'))).toEqual([]);
  });
});

describe('correctionHref', () => {
  const request = { title: 'Sổ tay “Phường số” & mã QR', url: 'https://sangkien.hanoi.example/sang-kien/so-tay/', file: 'content/initiatives/so-tay.md' };
  it('prefills an e-mail with subject and body, spaces as %20', () => {
    const href = correctionHref('mailto:sangkien@hanoi.example', request);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(href).not.toContain('+');
    expect(decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!)).toBe(`Báo cáo sai sót: ${request.title}`);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(body).toContain(request.url);
    expect(body).toContain(request.file);
  });
  it('prefills a new issue with title and body parameters', () => {
    const url = new URL(correctionHref('https://git.example.org/hanoi/noi-dung/issues/new', request));
    expect(url.pathname).toBe('/hanoi/noi-dung/issues/new');
    expect(url.searchParams.get('title')).toBe(`Báo cáo sai sót: ${request.title}`);
    expect(url.searchParams.get('body')).toContain(request.url);
  });
  it('rejects a target that is neither', () => {
    expect(() => correctionHref('sangkien@hanoi.example', request)).toThrow(/CORRECTIONS_TARGET/);
  });
});
