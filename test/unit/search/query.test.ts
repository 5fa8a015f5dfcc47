/** Search helpers: URL state, query folding, fold-insensitive highlighting, index-time HTML folding, and the index step failing loudly. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldForSearch, highlight, pagefindFilters, parseSearchState, queryTerms, sameSearch, serializeSearchState, SEARCH_FILTERS, type SearchState } from '../../../src/lib/search/query.ts';
import { BODY_CHARS, indexRecord, plainText, shardCount, shardOf, shardPath } from '../../../src/lib/search/records.ts';
import { buildSearchIndex, RECORDS_FILE, SearchIndexError } from '../../../src/lib/search/pagefind-index.ts';

const slugValue = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const vietnameseText = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂ ,.“”-'.split('')), maxLength: 60 });
const state = fc.record({
  q: vietnameseText,
  filters: fc.record(Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, slugValue])) as Record<(typeof SEARCH_FILTERS)[number]['key'], fc.Arbitrary<string>>, { requiredKeys: [] }),
});

describe('URL state', () => {
  it('round-trips the query and every filter through the URL', () => {
    fc.assert(
      fc.property(state, (s: SearchState) => {
        const back = parseSearchState(serializeSearchState(s));
        expect(back.filters).toEqual(s.filters);
        expect(back.q.trim()).toBe(s.q.normalize('NFC').replace(/\s+/g, ' ').trim());
        expect(serializeSearchState(back)).toBe(serializeSearchState(s));
      }),
      // Found by a random-seed run: a run of spaces inside the query once gave two different URLs.
      { examples: [[{ q: 'a  a', filters: {} }], [{ q: ' \u00a0đ\tx ', filters: { year: '2024' } }]] },
    );
  });

  it('caps the query at 200 characters, and a capped link is stable', () => {
    const long = fc.string({ unit: fc.constantFrom(...'aăđêôơưàảãáạ xyz'.split('')), minLength: 150, maxLength: 400 });
    fc.assert(
      fc.property(long, (q) => {
        const clean = q.normalize('NFC').replace(/\s+/g, ' ').trimStart();
        const back = parseSearchState(serializeSearchState({ q, filters: {} }));
        expect(back.q.length).toBeLessThanOrEqual(200);
        expect(clean.startsWith(back.q.trimEnd())).toBe(true);
        if (clean.trimEnd().length > 200) expect(back.q.trimEnd()).toBe(clean.slice(0, 200).trimEnd());
        // Parsing the capped link again changes nothing.
        expect(serializeSearchState(parseSearchState(serializeSearchState(back)))).toBe(serializeSearchState(back));
      }),
      { examples: [['a'.repeat(250)], [`${'đ '.repeat(100)}x`]] },
    );
  });

  it('keeps a filter value of 1 to 80 lower-case letters, digits and hyphens, and drops a longer one (property)', () => {
    const value = fc.string({ unit: fc.constantFrom(...'abz09-'.split('')), minLength: 1, maxLength: 100 });
    const seen = { kept: 0, dropped: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...SEARCH_FILTERS), value, ({ key, param }, v) => {
        const back = parseSearchState(`?${param}=${v}`);
        seen[v.length <= 80 ? 'kept' : 'dropped']++;
        expect(back.filters).toEqual(v.length <= 80 ? { [key]: v } : {});
      }),
    );
    expect(seen.kept).toBeGreaterThan(0);
    expect(seen.dropped).toBeGreaterThan(0);
    expect(parseSearchState(`?nam=${'1'.repeat(80)}`).filters).toEqual({ year: '1'.repeat(80) });
    expect(parseSearchState(`?nam=${'1'.repeat(81)}`).filters).toEqual({});
  });

  it('uses the Vietnamese parameter names in a fixed order and leaves empty parts out', () => {
    expect(serializeSearchState({ q: ' điện mặt trời ', filters: { status: 'dang-ap-dung', field: 'chuyen-doi-so', type: 'sang-kien', year: '2024', area: 'long-bien', level: 'thanh-pho' } })).toBe(
      '?q=%C4%91i%E1%BB%87n+m%E1%BA%B7t+tr%E1%BB%9Di&loai=sang-kien&linh-vuc=chuyen-doi-so&dia-ban=long-bien&nam=2024&cap=thanh-pho&tinh-trang=dang-ap-dung',
    );
    expect(serializeSearchState({ q: '  ', filters: {} })).toBe('');
  });

  it('reads a shared link, NFC-normalises the query and drops unknown or malformed parameters', () => {
    const s = parseSearchState('?q=\u0110o\u0302\u0301ng%20%C4%90a&linh-vuc=giao-duc&nam=2023&foo=bar&cap=%3Cscript%3E');
    expect(s.filters).toEqual({ field: 'giao-duc', year: '2023' });
    expect(s.q).toBe('Đống Đa'.normalize('NFC'));
    expect(pagefindFilters(s)).toEqual({ field: 'giao-duc', year: '2023' });
    expect(sameSearch(s, { q: 'Đống Đa ', filters: { year: '2023', field: 'giao-duc' } })).toBe(true);
    expect(sameSearch(s, { q: 'Đống Đa', filters: { year: '2024', field: 'giao-duc' } })).toBe(false);
  });
});

describe('query folding', () => {
  it('folds đ to d and removes tone marks, so both tone conventions give one query', () => {
    expect(foldForSearch('Điện mặt trời')).toBe('dien mat troi');
    expect(foldForSearch('ĐỐNG ĐA')).toBe('dong da');
    expect(foldForSearch('hoà bình')).toBe(foldForSearch('hòa bình'));
    expect(foldForSearch('thuỷ lợi')).toBe(foldForSearch('thủy lợi'));
    expect(foldForSearch('hành chi\u0301nh')).toBe('hanh chinh');
    expect(queryTerms('Sáng kiến, "điện"  2024')).toEqual(['sang', 'kien', 'dien', '2024']);
  });

  it('always yields ASCII for Vietnamese input', () => {
    fc.assert(
      fc.property(vietnameseText, (t) => {
        expect(foldForSearch(t)).toMatch(/^[\x20-\x7e“”]*$/);
      }),
    );
  });
});

describe('highlight', () => {
  const marks = (t: string, q: string) => highlight(t, q).filter((s) => s.mark).map((s) => s.text);

  it('marks accented words matched by a query typed without diacritics, including đ', () => {
    expect(marks('Hệ thống điện mặt trời hòa lưới', 'dien hoa')).toEqual(['điện', 'hòa']);
    expect(marks('UBND phường Đống Đa', 'dong da')).toEqual(['Đống', 'Đa']);
    expect(marks('Thủy lợi và thuỷ sản', 'thuỷ')).toEqual(['Thủy', 'thuỷ']);
  });

  it('marks word prefixes only, not the middle of words', () => {
    expect(marks('Chuyển đổi số, dịch vụ', 'so dich')).toEqual(['số', 'dịch']);
    expect(marks('khoa học', 'hoa')).toEqual([]);
    expect(marks('Điện tử', 'die')).toEqual(['Điệ']);
  });

  it('gives back the NFC text when the pieces are joined, whatever the query', () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (t, q) => {
        expect(highlight(t, q).map((s) => s.text).join('')).toBe(t.normalize('NFC'));
      }),
    );
  });
});

describe('search records', () => {
  it('folds the words to find a record by, keeps its metadata as written, and cuts the text at BODY_CHARS', () => {
    const record = { type: 'don-vi' as const, meta: { title: 'Đống Đa', summary: 'Điện mặt trời' }, filters: { type: ['don-vi'] }, extraText: ['UBND phường Giang Biên', '17/QĐ-HĐSK'] };
    const body = `<p>Thuỷ lợi &amp; <b>Hòa</b> lưới</p>${'<p>x</p>'.repeat(BODY_CHARS)}<p>cuối cùng</p>`;
    const r = indexRecord('/don-vi/a/', record, body);
    expect(r.meta).toEqual({ title: 'Đống Đa', summary: 'Điện mặt trời' });
    expect(r.content).toContain('Dong Da');
    expect(r.content).toContain('Dien mat troi');
    expect(r.content).toContain('UBND phuong Giang Bien');
    expect(r.content).toContain('17/QD-HDSK');
    expect(r.content).toContain('Thuy loi & Hoa luoi');
    expect(r.content).not.toContain('cuoi cung');
    expect(r.content).not.toMatch(/[^\x00-\x7f]/);
  });

  it('plainText drops tags, scripts and styles and decodes the entities Markdown writes', () => {
    expect(plainText('<h2>A&amp;B</h2><script>x</script><style>y</style><p>&lt;c&gt; &quot;d&quot;&nbsp;e</p>')).toBe('A&B <c> "d" e');
  });
});

describe('the index step', () => {
  const site = (records: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsk-search-'));
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, RECORDS_FILE), JSON.stringify(records));
    return dir;
  };
  const files = (d: string) => (readdirSync(join(d, 'pagefind'), { recursive: true }) as string[]).sort();
  const rec = (url: string, title: string) => indexRecord(url, { type: 'don-vi', meta: { title, summary: '' }, filters: { type: ['don-vi'] }, extraText: [] });

  it('indexes the records file, writes the bundle in place of it, and gives the same bytes for the same records', async () => {
    const records = [rec('/don-vi/a/', 'Đơn vị A điện'), rec('/don-vi/b/', 'Đơn vị B')];
    const one = site(records);
    const two = site(records);
    try {
      expect(await buildSearchIndex(one)).toMatchObject({ records: 2, shards: 1, indexed: 1 });
      await buildSearchIndex(two);
      expect(existsSync(join(one, 'pagefind/pagefind.js'))).toBe(true);
      expect(existsSync(join(one, RECORDS_FILE))).toBe(false);
      expect(files(two)).toEqual(files(one));
      for (const f of files(one).filter((f) => f.includes('.'))) expect(readFileSync(join(two, 'pagefind', f)), f).toEqual(readFileSync(join(one, 'pagefind', f)));
    } finally {
      rmSync(one, { recursive: true, force: true });
      rmSync(two, { recursive: true, force: true });
    }
  });

  it('splits many records into shards by URL, and re-indexes only the shards whose records changed', async () => {
    const records = Array.from({ length: 9 }, (_, i) => rec(`/don-vi/u${i}/`, `Đơn vị ${i}`));
    const cache = mkdtempSync(join(tmpdir(), 'mlsk-search-cache-'));
    const first = site(records);
    const again = site(records);
    const edited = site(records.map((r, i) => (i === 4 ? rec(r.url, 'Đơn vị bốn đã sửa') : r)));
    const cold = site(records.map((r, i) => (i === 4 ? rec(r.url, 'Đơn vị bốn đã sửa') : r)));
    try {
      const shards = shardCount(9, 4);
      expect(shards).toBe(3);
      expect(await buildSearchIndex(first, { cacheDir: cache, perShard: 4 })).toMatchObject({ records: 9, shards: 3, indexed: 3 });
      for (let k = 1; k < shards; k++) expect(existsSync(join(first, `pagefind/${k}/pagefind-entry.json`))).toBe(true);
      expect(await buildSearchIndex(again, { cacheDir: cache, perShard: 4 })).toMatchObject({ indexed: 0 });
      expect(files(again)).toEqual(files(first));
      expect(await buildSearchIndex(edited, { cacheDir: cache, perShard: 4 })).toMatchObject({ indexed: 1 });
      // The same bytes as indexing the edited records with no cache at all.
      await buildSearchIndex(cold, { perShard: 4 });
      expect(files(edited)).toEqual(files(cold));
      for (const f of files(cold).filter((f) => f.includes('.'))) expect(readFileSync(join(edited, 'pagefind', f)), f).toEqual(readFileSync(join(cold, 'pagefind', f)));
    } finally {
      for (const d of [cache, first, again, edited, cold]) rmSync(d, { recursive: true, force: true });
    }
  });

  it('assigns a record to the same shard whatever the other records', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.integer({ min: 1, max: 50 }), (url, shards) => {
        const k = shardOf(url, shards);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(shards);
        expect(shardOf(url, shards)).toBe(k);
      }),
    );
    expect(shardPath(0)).toBe('/pagefind/');
    expect(shardPath(2)).toBe('/pagefind/2/');
  });

  it('fails with a Vietnamese message when the records file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsk-search-'));
    try {
      const failure = await buildSearchIndex(dir).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SearchIndexError);
      expect(String((failure as Error).message)).toContain('npm run build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
