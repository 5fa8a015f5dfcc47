/**
 * Real queries against the Pagefind index built with the shipped content (test/build/global-setup.ts).
 * Expected results are computed from the content files (test/helpers/content-files.ts), not from the site's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, OUT, TODAY, allPages, exists, html, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection, type RawEntry } from '../helpers/content-files.ts';
import { openIndex } from '../helpers/pagefind.ts';

type Index = Awaited<ReturnType<typeof openIndex>>;
let index: Index;
beforeAll(async () => {
  index = await openIndex(OUT);
});
afterAll(() => index?.close());

const LEVELS = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];
const published = publishedInitiatives(CONTENT, TODAY);
const allInitiatives = readCollection(CONTENT, 'initiatives');
const units = readCollection(CONTENT, 'units');
const campaigns = readCollection(CONTENT, 'campaigns');
const exhibitions = readCollection(CONTENT, 'exhibitions');
const initiativeUrl = (e: RawEntry) => `/sang-kien/${e.slug}/`;
const unitUrl = (e: RawEntry) => `/don-vi/${e.slug}/`;

/** Markdown body of a content file. */
function body(folder: string, e: RawEntry): string {
  return readFileSync(join(CONTENT, folder, e.file), 'utf8').split(/^---\s*$/m).slice(2).join('---');
}
/** Whether text has a word starting with `word` (case-insensitive, exact diacritics, NFC). */
function hasWord(textValue: string, word: string): boolean {
  const w = word.normalize('NFC').toLocaleLowerCase('vi');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(textValue.normalize('NFC').toLocaleLowerCase('vi'));
}
/** Published initiatives whose title, summary or body contains the word, as URLs. */
function initiativesWith(word: string): Set<string> {
  return new Set(published.filter((e) => hasWord(`${e.data.title}\n${e.data.summary}\n${body('initiatives', e)}`, word)).map(initiativeUrl));
}
const highest = (e: RawEntry) => [...e.data.recognitions].sort((a: { level: string }, b: { level: string }) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level))[0];

function expectSuperset(actual: Set<string>, expected: Set<string>) {
  expect([...expected].filter((u) => !actual.has(u))).toEqual([]);
}

describe('Vietnamese without diacritics', () => {
  it('"dien" finds every record containing "điện" (đ typed as d)', async () => {
    const expected = initiativesWith('điện');
    expect(expected.size).toBeGreaterThan(2);
    const raw = await index.urls('dien', {}, true);
    expectSuperset(raw, expected);
    expectSuperset(raw, await index.urls('điện'));
  });

  it('"dong da" finds the unit, its initiatives and the area Đống Đa', async () => {
    const found = await index.urls('dong da', {}, true);
    const dongDaUnits = units.filter((u) => hasWord(u.data.name, 'Đống Đa'));
    expect(dongDaUnits.length).toBeGreaterThan(0);
    expectSuperset(found, new Set(dongDaUnits.map(unitUrl)));
    expectSuperset(found, new Set(published.filter((e) => hasWord(e.data.unitNameAtRecognition, 'Đống Đa')).map(initiativeUrl)));
    expectSuperset(found, new Set(published.filter((e) => e.data.area === 'dong-da').map(initiativeUrl)));
  });

  it('"hanh chinh" finds records containing "hành chính"', async () => {
    const expected = initiativesWith('hành chính');
    expect(expected.size).toBeGreaterThan(0);
    expectSuperset(await index.urls('hanh chinh', {}, true), expected);
  });

  it('both tone-mark conventions ("hoà"/"hòa", "thuỷ"/"thủy") find the same, non-empty results', async () => {
    for (const [oldStyle, newStyle] of [
      ['hoà lưới', 'hòa lưới'],
      ['thuỷ', 'thủy'],
      ['hoá', 'hóa'],
    ] as const) {
      const a = await index.urls(oldStyle);
      const b = await index.urls(newStyle);
      expect(a.size, newStyle).toBeGreaterThan(0);
      expect([...a].sort()).toEqual([...b].sort());
      expectSuperset(a, initiativesWith(newStyle));
    }
  });

  it('a former unit name finds the unit and every initiative of it ("giang bien" → UBND phường Việt Hưng)', async () => {
    const renamed = units.filter((u) => (u.data.formerNames ?? []).some((f: { name: string }) => hasWord(f.name, 'Giang Biên')));
    expect(renamed.map((u) => u.data.name)).toContain('UBND phường Việt Hưng');
    const found = await index.urls('giang bien', {}, true);
    for (const unit of renamed) {
      expect(found).toContain(unitUrl(unit));
      const own = published.filter((e) => e.data.unit === unit.slug);
      expect(own.length).toBeGreaterThan(0);
      expectSuperset(found, new Set(own.map(initiativeUrl)));
    }
  });

  it('every former name of every unit finds that unit', async () => {
    for (const unit of units) {
      for (const former of unit.data.formerNames ?? []) expect(await index.urls(former.name), former.name).toContain(unitUrl(unit));
    }
  });
});

describe('what is indexed', () => {
  it('indexes exactly the published initiatives, the units, campaigns and exhibitions', async () => {
    const expected = new Set([
      ...published.map(initiativeUrl),
      ...units.map(unitUrl),
      ...campaigns.map((c) => `/phong-trao/${c.slug}/`),
      ...exhibitions.map((x) => `/trien-lam/${x.slug}/`),
    ]);
    expect([...(await index.urls(null))].sort()).toEqual([...expected].sort());
  });

  it('never finds a revoked or embargoed initiative, even by its exact title', async () => {
    const hidden = allInitiatives.filter((e) => e.data.revoked || (e.data.embargoUntil && String(e.data.embargoUntil) > TODAY));
    expect(hidden.some((e) => e.data.revoked)).toBe(true);
    expect(hidden.some((e) => e.data.embargoUntil)).toBe(true);
    for (const e of hidden) {
      expect(await index.urls(e.data.title), e.slug).not.toContain(initiativeUrl(e));
      expect(await index.urls(e.slug.replace(/-/g, ' ')), e.slug).not.toContain(initiativeUrl(e));
    }
  });

  it('shows results from unfolded metadata: titles and summaries exactly as in the content', async () => {
    const hits = await index.search(null, { type: 'sang-kien' });
    const byUrl = new Map(published.map((e) => [initiativeUrl(e), e]));
    expect(hits.length).toBe(published.length);
    for (const hit of hits) {
      const e = byUrl.get(hit.url)!;
      expect(hit.meta.title).toBe(String(e.data.title).normalize('NFC'));
      expect(hit.meta.summary).toBe(String(e.data.summary).normalize('NFC'));
      expect(hit.meta.unit).toBe(String(e.data.unitNameAtRecognition).normalize('NFC'));
      expect(hit.meta.demo === 'true').toBe(Boolean(e.data.demo));
    }
  });

  it('ships no folded copy in the pages: the folding exists only inside the index', () => {
    const e = published.find((x) => /đ/i.test(x.data.title))!;
    const folded = String(e.data.title).normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    expect(html(initiativeUrl(e))).not.toContain(folded);
  });
});

describe('filters', () => {
  it('each filter value counts exactly the records computed from the content files', async () => {
    const expectedCounts: Record<string, Map<string, number>> = { field: new Map(), area: new Map(), year: new Map(), level: new Map(), status: new Map() };
    const bump = (key: string, value: string) => expectedCounts[key]!.set(value, (expectedCounts[key]!.get(value) ?? 0) + 1);
    for (const e of published) {
      bump('field', e.data.field);
      bump('area', e.data.area);
      bump('year', String(highest(e).year));
      bump('level', highest(e).level);
      bump('status', e.data.status.state);
    }
    for (const [key, counts] of Object.entries(expectedCounts)) {
      for (const [value, n] of counts) {
        expect((await index.search(null, { type: 'sang-kien', [key]: value })).length, `${key}=${value}`).toBe(n);
      }
    }
    expect((await index.search(null, { type: 'don-vi' })).length).toBe(units.length);
  });

  it('filters narrow a query, and every result carries the filter value', async () => {
    const all = await index.search('sang kien');
    const field = published[0]!.data.field as string;
    const narrowed = await index.search('sang kien', { field });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    const allUrls = new Set(all.map((h) => h.url));
    for (const h of narrowed) {
      expect(allUrls).toContain(h.url);
      expect(h.filters.field).toContain(field);
    }
    const twoFilters = await index.search('sang kien', { field, year: String(highest(published[0]!).year) });
    expect(twoFilters.length).toBeGreaterThan(0);
    expect(twoFilters.length).toBeLessThanOrEqual(narrowed.length);
  });
});

describe('the search page', () => {
  const search = page('/tim-kiem/');

  it('has a labelled query field, six labelled filters with the URL parameter names, and a live region', () => {
    const input = search.querySelector('form[data-search-form] input[name="q"]')!;
    expect(search.querySelector(`label[for="${input.getAttribute('id')}"]`)).not.toBeNull();
    const names = search.querySelectorAll('form[data-search-form] select').map((s) => {
      expect(text(search.querySelector(`label[for="${s.getAttribute('id')}"]`)), s.getAttribute('name')!).not.toBe('');
      return s.getAttribute('name');
    });
    expect(names).toEqual(['loai', 'linh-vuc', 'dia-ban', 'nam', 'cap', 'tinh-trang']);
    const status = search.querySelector('[data-search-status]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(search.querySelector('form[data-search-form]')?.getAttribute('action')).toBe('/tim-kiem/');
    expect(search.querySelector('form[data-search-form]')?.getAttribute('method')).toBe('get');
  });

  it('lists every field and area that has initiatives as a browse link that works without JavaScript', () => {
    const hrefs = new Set(search.querySelectorAll('.browse a').map((a) => a.getAttribute('href')));
    for (const href of ['/sang-kien/', '/don-vi/']) expect(hrefs).toContain(href);
    const fieldsInUse = new Set(published.map((e) => String(e.data.field)));
    const areasInUse = new Set(published.map((e) => String(e.data.area)));
    for (const f of readFields('fields.yaml')) expect(hrefs.has(`/linh-vuc/${f}/`), f).toBe(fieldsInUse.has(f));
    for (const a of readFields('areas.yaml')) expect(hrefs.has(`/dia-ban/${a}/`), a).toBe(areasInUse.has(a));
    for (const y of new Set(published.map((e) => highest(e).year))) expect(hrefs).toContain(`/nam/${y}/`);
  });

  it('loads one external module script and allows WebAssembly in its CSP; no other page ships JavaScript', () => {
    const scripts = search.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(scripts[0]!.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(text(scripts[0])).toBe('');
    const csp = search.querySelectorAll('meta').filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    expect(csp[0]!.getAttribute('content')).toContain("'wasm-unsafe-eval'");
    for (const url of allPages().filter((p) => p !== '/tim-kiem/')) {
      const executable = page(url)
        .querySelectorAll('script')
        .filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
      expect(executable, url).toHaveLength(0);
    }
  });

  it('the header search form on every page submits to /tim-kiem/ with q', () => {
    for (const url of ['/', '/sang-kien/', initiativeUrl(published[0]!)]) {
      const form = page(url).querySelector('header form[role="search"]')!;
      expect(form.getAttribute('action')).toBe('/tim-kiem/');
      expect(form.querySelector('input')?.getAttribute('name')).toBe('q');
    }
    expect(exists('/pagefind/pagefind.js')).toBe(true);
  });
});

function readFields(file: string): string[] {
  return [...readFileSync(join(CONTENT, file), 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
}
