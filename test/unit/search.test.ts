/** Search helpers: URL state, query folding, fold-insensitive highlighting, index-time HTML folding, and the index step failing loudly. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldForSearch, highlight, pagefindFilters, parseSearchState, queryTerms, sameSearch, serializeSearchState, SEARCH_FILTERS, type SearchState } from '../../src/lib/search.ts';
import { foldHtmlForIndex } from '../../src/lib/search-html.ts';
import { buildSearchIndex, SearchIndexError } from '../../src/integrations/search-index.ts';

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

describe('index-time folding of a page', () => {
  it('folds text but keeps attributes, scripts and text-valued metadata as written', () => {
    const out = foldHtmlForIndex(
      '<html><body><h1 data-pagefind-meta="title">Đống Đa</h1><article data-pagefind-body><p title="Điện">Điện <b>mặt</b> trời, thuỷ lợi &amp; Hòa</p><span data-pagefind-meta="unit[data-x]" data-x="UBND Đống Đa">Đ</span><script>"đ"</script></article></body></html>',
    );
    expect(out).toContain('<h1 data-pagefind-meta="title">Đống Đa</h1>');
    expect(out).toContain('<p title="Điện">Dien <b>mat</b> troi, thuy loi &amp; Hoa</p>');
    expect(out).toContain('data-x="UBND Đống Đa">D</span>');
    expect(out).toContain('<script>"đ"</script>');
  });
});

describe('the index step', () => {
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsk-search-'));
    for (const [path, body] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="vi"><body>${body}</body></html>`);
    }
    return dir;
  };
  const record = '<div hidden data-search-record="don-vi" data-pagefind-meta="title[data-meta-title]" data-meta-title="Đơn vị"><span data-pagefind-filter="type:don-vi"></span></div>';

  it('indexes only pages with data-pagefind-body and writes the bundle', async () => {
    const dir = site({ 'don-vi/a': `<article data-pagefind-body><h1>Đơn vị A</h1>${record}</article>`, 'don-vi': '<h1>Danh sách</h1>' });
    try {
      const stats = await buildSearchIndex(dir);
      expect(stats.pages).toBe(1);
      expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on an indexed page without SearchIndexData, and on an indexed tombstone', async () => {
    const dir = site({
      'sang-kien/a': '<article data-pagefind-body><h1>Không có dữ liệu tìm kiếm</h1></article>',
      'sang-kien/b': `<article data-pagefind-body data-tombstone="true"><h1>Đã thu hồi</h1>${record}</article>`,
    });
    try {
      const failure = await buildSearchIndex(dir).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SearchIndexError);
      expect(String((failure as Error).message)).toContain('/sang-kien/a/: trang có data-pagefind-body nhưng thiếu <SearchIndexData');
      expect(String((failure as Error).message)).toContain('/sang-kien/b/: trang đã thu hồi');
      expect(existsSync(join(dir, 'pagefind'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('given the pages marked while rendering, reads and indexes those only, in the same order and bytes as a full scan', async () => {
    const pages = {
      'don-vi/b': `<article data-pagefind-body><h1>Đơn vị B</h1>${record}</article>`,
      'don-vi/a': `<article data-pagefind-body><h1>Đơn vị A điện</h1>${record}</article>`,
      'don-vi': '<h1>Danh sách</h1>',
    };
    const scanned = site(pages);
    const listed = site(pages);
    try {
      expect((await buildSearchIndex(scanned)).pages).toBe(2);
      expect((await buildSearchIndex(listed, ['/don-vi/b/', '/don-vi/a/'])).pages).toBe(2);
      const files = (d: string) => (readdirSync(join(d, 'pagefind'), { recursive: true }) as string[]).sort();
      expect(files(listed)).toEqual(files(scanned));
      for (const f of files(scanned).filter((f) => f.includes('.'))) expect(readFileSync(join(listed, 'pagefind', f)), f).toEqual(readFileSync(join(scanned, 'pagefind', f)));
      rmSync(join(listed, 'pagefind'), { recursive: true });
      expect((await buildSearchIndex(listed, ['/don-vi/a/'])).pages).toBe(1);
    } finally {
      rmSync(scanned, { recursive: true, force: true });
      rmSync(listed, { recursive: true, force: true });
    }
  });

  it('fails on a marked page that has no data-pagefind-body around its data, or no file', async () => {
    const dir = site({ 'don-vi/a': `<article><h1>Đơn vị A</h1>${record}</article>` });
    try {
      const failure = await buildSearchIndex(dir, ['/don-vi/a/', '/don-vi/khong-co/']).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SearchIndexError);
      expect(String((failure as Error).message)).toContain('/don-vi/a/: <SearchIndexData … /> nằm ngoài phần data-pagefind-body');
      expect(String((failure as Error).message)).toContain('/don-vi/khong-co/: trang được đánh dấu để tìm kiếm nhưng không có tệp');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('indexedPart', () => {
  it('keeps only the element marked data-pagefind-body, nested elements of the same name included', async () => {
    const { indexedPart } = await import('../../src/lib/search-html.ts');
    const page = '<html lang="vi"><head><title>T</title></head><body><header><nav>Menu</nav></header><article class="x" data-pagefind-body><h1 id="a">Tiêu đề</h1><article>Con</article><p>Đoạn</p></article><article>Khác</article><footer>Chân</footer></body></html>';
    const part = indexedPart(page);
    expect(part).toContain('<article class="x" data-pagefind-body><h1 id="a">Tiêu đề</h1><article>Con</article><p>Đoạn</p></article></body>');
    expect(part).not.toMatch(/Menu|Khác|Chân/);
    expect(indexedPart('<html><body><p>Không có</p></body></html>')).toBe('<html><body><p>Không có</p></body></html>');
    const metaOutside = '<html><body><span data-pagefind-filter="year:2024"></span><main data-pagefind-body><p>x</p></main></body></html>';
    expect(indexedPart(metaOutside)).toBe(metaOutside);
  });
});
