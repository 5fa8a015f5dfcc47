/** Typography applied to the written pages (src/lib/vietnamese/typeset-pages.ts): which files, which part of each, the state. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  pageStamps,
  pagesToTypeset,
  readTypesetState,
  typesetFiles,
  typesetPage,
  typesetStamps,
  writeTypesetState,
} from '../../../src/lib/vietnamese/typeset-pages.ts';
import { typesetInParallel } from '../../../src/integrations/typeset.ts';
import { typesetHtml } from '../../../src/lib/vietnamese/typography.ts';

const PAGE = '<!doctype html><html lang="vi"><head><title>Giai đoạn 2021-2025</title><meta name="description" content="Nói "có""></head>'
  + '<body><p>Phong trào "Sáng kiến" giai đoạn 2021-2025 tiết kiệm 3 tỷ đồng.</p></body></html>';

describe('typesetPage', () => {
  it('typesets the body and leaves the head as written (title and metadata are read by machines too)', () => {
    const out = typesetPage(PAGE);
    const body = PAGE.indexOf('<body');
    expect(out.slice(0, body)).toBe(PAGE.slice(0, body));
    expect(out.slice(body)).toBe(typesetHtml(PAGE.slice(body)));
    expect(out).toContain('<p>Phong trào “Sáng kiến” giai đoạn 2021–2025 tiết kiệm 3\u00a0tỷ đồng.</p>');
  });

  it('returns the same string when nothing changes, and leaves a file without a body alone', () => {
    const typeset = typesetPage(PAGE);
    expect(typesetPage(typeset)).toBe(typeset);
    const fragment = 'Giai đoạn 2021-2025 "x"';
    expect(typesetPage(fragment)).toBe(fragment);
  });
});

describe('the page files', () => {
  let dir: string;
  const write = (file: string, text: string, mtimeMs?: number) => {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (mtimeMs !== undefined) utimesSync(path, mtimeMs / 1000, mtimeMs / 1000);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'typeset-pages-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stamps the pages (size and time), never the editor or the search index', () => {
    write('index.html', PAGE, 1_700_000_000_000);
    write('sang-kien/a/index.html', 'ab', 1_700_000_001_000);
    write('admin/index.html', PAGE);
    write('pagefind/x.html', PAGE);
    write('data.json', '{}');
    expect(pageStamps(dir)).toEqual(new Map([['index.html', `${Buffer.byteLength(PAGE)}:1700000000000`], ['sang-kien/a/index.html', '2:1700000001000']]));
    expect([...pageStamps(dir, ['index.html']).keys()]).toEqual(['index.html']);
  });

  it('lists the pages that are not as the last typesetting left them: new, rewritten, or restored with an old time', () => {
    write('kept.html', typesetPage(PAGE), 1_700_000_000_000);
    write('rendered.html', PAGE);
    write('restored.html', PAGE, 1_600_000_000_000); // copied from Astro's cache, its time kept (macOS)
    const left = pageStamps(dir);
    left.set('restored.html', `${Buffer.byteLength(typesetPage(PAGE))}:1700000000000`); // what the last run left there
    left.delete('rendered.html');
    expect(pagesToTypeset(pageStamps(dir), left)).toEqual(['rendered.html', 'restored.html']);
    expect(pagesToTypeset(pageStamps(dir), undefined)).toEqual(['kept.html', 'rendered.html', 'restored.html']);
  });

  it('typesets the listed files in place, writing only those that change', () => {
    const done = typesetPage(PAGE);
    write('a.html', PAGE);
    write('b.html', done, Date.now() - 3_600_000);
    expect(typesetFiles(dir, ['a.html', 'b.html'])).toBe(1);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe(done);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(done);
  });

  it('gives the same files on worker threads as on this one', async () => {
    const pages = Array.from({ length: 2_100 }, (_, i) => `p${String(i).padStart(4, '0')}.html`);
    pages.forEach((p, i) => write(p, PAGE.replace('3 tỷ', `${i} tỷ`)));
    expect(await typesetInParallel(dir, pages, 2)).toBe(pages.length);
    pages.forEach((p, i) => expect(readFileSync(join(dir, p), 'utf8')).toBe(typesetPage(PAGE.replace('3 tỷ', `${i} tỷ`))));
  });

  it('keeps the state per output folder: another folder, a missing or a broken state file mean every page', () => {
    const file = join(dir, 'cache/typeset.json');
    expect(typesetStamps(readTypesetState(file), '/out')).toBeUndefined();
    writeTypesetState(file, { outDir: '/out', pages: { 'a.html': '10:1234' } });
    expect(typesetStamps(readTypesetState(file), '/out')).toEqual(new Map([['a.html', '10:1234']]));
    expect(typesetStamps(readTypesetState(file), '/other')).toBeUndefined();
    writeFileSync(file, '{"outDir": "/out"');
    expect(readTypesetState(file)).toBeUndefined();
  });
});
