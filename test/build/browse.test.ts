/**
 * Browse pages on the one shared build: listing and pagination, A–Z, facets, honor roll, units,
 * initiative pages, tombstones and embargo. Every expected figure is computed here from the content
 * files (test/helpers/content-files.ts), never through the site's data layer.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT, OUT, TODAY, allPages, exists, html, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection, type RawEntry } from '../helpers/content-files.ts';
import { STATUSES } from '../../src/vocabulary.ts';

const LEVEL_RANK = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];
const PAGE_SIZE = 24;
const HONOR_PAGE_SIZE = 100;
const SECTIONS = ['/sang-kien/', '/don-vi/', '/khen-thuong/', '/linh-vuc/', '/dia-ban/', '/nam/'];

const all = readCollection(CONTENT, 'initiatives');
const published = publishedInitiatives(CONTENT, TODAY);
const publishedSlugs = new Set(published.map((e) => e.slug));
const revoked = all.filter((e) => e.data.revoked);
const embargoed = all.filter((e) => e.data.embargoUntil && String(e.data.embargoUntil) > TODAY);
const units = readCollection(CONTENT, 'units');
const yamlList = (name: string) => parseYaml(readFileSync(join(CONTENT, name), 'utf8')) as { id: string; label: string }[];
const fields = yamlList('fields.yaml');
const areas = yamlList('areas.yaml');
/** Old URLs of renamed slugs are forwarding pages (src/pages/[...moved].astro), not browse pages. */
const moved = new Set((parseYaml(readFileSync(join(CONTENT, 'redirects.yaml'), 'utf8')) as { from: string }[]).map((r) => r.from));
const browsePages = allPages().filter((p) => !moved.has(p) && (p === '/404.html' || SECTIONS.some((s) => p.startsWith(s))));

type Rec = { level: string; award: string; decisionDate: string; year: number; decisionNumber: string };
const recs = (e: RawEntry): Rec[] => e.data.recognitions.map((r: Rec) => ({ ...r, decisionDate: String(r.decisionDate) }));
const latest = (e: RawEntry) => recs(e).reduce((m, r) => (r.decisionDate > m ? r.decisionDate : m), '');
const dmy = (iso: string) => iso.split('-').map(Number).reverse().join('/');
/** Initiative slugs listed on a page (cards, A–Z rows, honor-roll rows). */
const listed = (url: string) => page(url).querySelectorAll('[data-initiative]').map((el) => el.getAttribute('data-initiative')!);
const count = <T>(items: T[], key: (t: T) => string | number) => items.reduce((m, i) => m.set(String(key(i)), (m.get(String(key(i))) ?? 0) + 1), new Map<string, number>());

it('the content exercises the edge cases these tests rely on', () => {
  expect(revoked.length).toBeGreaterThan(0);
  expect(embargoed.length).toBeGreaterThan(0);
  expect(published.length).toBeGreaterThan(PAGE_SIZE);
  expect(units.some((u) => (u.data.formerNames ?? []).length > 0)).toBe(true);
});

describe('initiative listing', () => {
  const pageCount = Math.ceil(published.length / PAGE_SIZE);
  const urls = Array.from({ length: pageCount }, (_, i) => (i === 0 ? '/sang-kien/' : `/sang-kien/trang/${i + 1}/`));

  it('has exactly ceil(published / 24) pages, and no page beyond', () => {
    for (const u of urls) expect(exists(u), u).toBe(true);
    expect(exists(`/sang-kien/trang/${pageCount + 1}/`)).toBe(false);
    expect(exists('/sang-kien/trang/1/')).toBe(false);
  });

  it('lists every published initiative once, newest recognition first, 24 per page', () => {
    const perPage = urls.map(listed);
    perPage.forEach((ids, i) => expect(ids.length, urls[i]).toBe(Math.min(PAGE_SIZE, published.length - i * PAGE_SIZE)));
    const ids = perPage.flat();
    expect(new Set(ids)).toEqual(publishedSlugs);
    expect(ids.length).toBe(published.length);
    const bySlug = new Map(published.map((e) => [e.slug, e]));
    const dates = ids.map((id) => latest(bySlug.get(id)!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links pages with rel=prev/next in the head and in the pager, with page numbers', () => {
    urls.forEach((u, i) => {
      const doc = page(u);
      expect(doc.querySelector('head link[rel="prev"]')?.getAttribute('href') ?? null, u).toBe(i > 0 ? urls[i - 1] : null);
      expect(doc.querySelector('head link[rel="next"]')?.getAttribute('href') ?? null, u).toBe(i < urls.length - 1 ? urls[i + 1] : null);
      const pager = doc.querySelector('nav.pager');
      expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(i > 0 ? urls[i - 1] : null);
      expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(i < urls.length - 1 ? urls[i + 1] : null);
      expect(pager?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe(u);
      const numbered = pager!.querySelectorAll('a:not([rel])').map((a) => a.getAttribute('href'));
      expect(numbered).toContain(urls[0]);
      expect(numbered).toContain(urls[urls.length - 1]);
    });
  });

  it('the A–Z pages together list every published initiative once, each under its first letter', () => {
    const letters = page('/sang-kien/a-z/').querySelectorAll('nav.letters a');
    expect(letters.length).toBeGreaterThan(1);
    const ids = letters.flatMap((a) => {
      const ids = listed(a.getAttribute('href')!);
      const shownCount = Number(text(a.querySelector('.letters__count')));
      expect(ids.length).toBe(shownCount);
      return ids;
    });
    expect(ids.length).toBe(published.length);
    expect(new Set(ids)).toEqual(publishedSlugs);
    const dd = published.filter((e) => /^[“"]?[đĐ]/.test(e.data.title));
    if (dd.length) expect(listed('/sang-kien/a-z/dd/')).toEqual(expect.arrayContaining(dd.map((e) => e.slug)));
  });
});

describe('facet pages', () => {
  const facets = [
    { name: 'field', base: '/linh-vuc/', values: fields.map((f) => f.id), key: (e: RawEntry) => [e.data.field as string] },
    { name: 'area', base: '/dia-ban/', values: areas.map((a) => a.id), key: (e: RawEntry) => [e.data.area as string] },
    {
      name: 'year',
      base: '/nam/',
      values: [...new Set(all.flatMap((e) => recs(e).map((r) => String(r.year))))],
      key: (e: RawEntry) => [...new Set(recs(e).map((r) => String(r.year)))],
    },
  ];

  for (const f of facets) {
    it(`${f.name}: a page per non-empty value with the exact count and list, none for empty values`, () => {
      let nonEmpty = 0;
      for (const value of f.values) {
        const expected = published.filter((e) => f.key(e).includes(value)).map((e) => e.slug);
        const url = `${f.base}${value}/`;
        expect(exists(url), url).toBe(expected.length > 0);
        if (!expected.length) continue;
        nonEmpty++;
        const pages = Math.ceil(expected.length / PAGE_SIZE);
        const urls = Array.from({ length: pages }, (_, i) => (i === 0 ? url : `${url}trang/${i + 1}/`));
        for (const u of urls) {
          const doc = page(u);
          expect(Number(doc.querySelector('[data-facet-count]')?.getAttribute('data-facet-count')), u).toBe(expected.length);
          const others = doc.querySelectorAll('nav a').map((a) => a.getAttribute('href'));
          expect(others).toEqual(expect.arrayContaining(['/linh-vuc/', '/dia-ban/', '/nam/']));
          expect(doc.querySelector('head link[rel="next"]')?.getAttribute('href') ?? null, u).toBe(urls[urls.indexOf(u) + 1] ?? null);
        }
        expect(exists(`${url}trang/${pages + 1}/`)).toBe(false);
        const ids = urls.flatMap(listed);
        expect(ids.length, url).toBe(expected.length);
        expect(ids.sort(), url).toEqual(expected.sort());
      }
      expect(nonEmpty).toBeGreaterThan(1);
    });

    it(`${f.name}: the index lists every non-empty value with its count`, () => {
      const shown = new Map(
        page(f.base)
          .querySelectorAll('main .count-list li')
          .map((li) => [li.querySelector('a')!.getAttribute('href')!, Number(li.getAttribute('data-count'))]),
      );
      const expected = new Map<string, number>();
      for (const value of f.values) {
        const n = published.filter((e) => f.key(e).includes(value)).length;
        if (n) expected.set(`${f.base}${value}/`, n);
      }
      expect(shown).toEqual(expected);
    });
  }
});

describe('honor roll', () => {
  const steps = published.flatMap((e) => recs(e).map((r) => ({ ...r, slug: e.slug })));
  const years = [...new Set(steps.map((s) => s.year))].sort((a, b) => b - a);

  it('the index shows per year and level the number of recognitions of published initiatives', () => {
    const rows = page('/khen-thuong/').querySelectorAll('tbody tr');
    expect(rows.map((r) => Number(r.getAttribute('data-year')))).toEqual(years);
    for (const row of rows) {
      const year = Number(row.getAttribute('data-year'));
      const inYear = steps.filter((s) => s.year === year);
      expect(Number(text(row.querySelector('[data-total]')).replace(/\./g, ''))).toBe(inYear.length);
      for (const level of LEVEL_RANK) {
        expect(Number(text(row.querySelector(`[data-level="${level}"]`))), `${year} ${level}`).toBe(inYear.filter((s) => s.level === level).length);
      }
    }
  });

  it('each year page groups by level (highest first) and award, with counts and the recognitions themselves', () => {
    for (const year of years) {
      const inYear = steps.filter((s) => s.year === year);
      const pageCount = Math.ceil(inYear.length / HONOR_PAGE_SIZE);
      const urls = Array.from({ length: pageCount }, (_, i) => (i === 0 ? `/khen-thuong/${year}/` : `/khen-thuong/${year}/trang/${i + 1}/`));
      expect(exists(`/khen-thuong/${year}/trang/${pageCount + 1}/`)).toBe(false);
      const levelOrder: string[] = [];
      const rows: { level: string; award: string; slug: string }[] = [];
      for (const url of urls) {
        const doc = page(url);
        expect(Number(doc.querySelector('[data-honor-total]')?.getAttribute('data-honor-total'))).toBe(inYear.length);
        for (const section of doc.querySelectorAll('section[data-level]')) {
          const level = section.getAttribute('data-level')!;
          if (levelOrder[levelOrder.length - 1] !== level) levelOrder.push(level);
          expect(Number(section.getAttribute('data-count')), `${url} ${level}`).toBe(inYear.filter((s) => s.level === level).length);
          for (const a of section.querySelectorAll('section[data-award]')) {
            const award = a.getAttribute('data-award')!;
            expect(Number(a.getAttribute('data-count')), `${url} ${level} ${award}`).toBe(inYear.filter((s) => s.level === level && s.award === award).length);
            for (const li of a.querySelectorAll('li[data-initiative]')) rows.push({ level, award, slug: li.getAttribute('data-initiative')! });
          }
        }
      }
      expect(levelOrder).toEqual([...new Set(inYear.map((s) => s.level))].sort((a, b) => LEVEL_RANK.indexOf(b) - LEVEL_RANK.indexOf(a)));
      const key = (r: { level: string; award: string; slug: string }) => `${r.level}|${r.award}|${r.slug}`;
      expect(rows.map(key).sort()).toEqual(inYear.map(key).sort());
    }
    const unused = [...new Set(all.flatMap((e) => recs(e).map((r) => r.year)))].filter((y) => !years.includes(y));
    for (const y of unused) expect(exists(`/khen-thuong/${y}/`)).toBe(false);
  });
});

describe('units', () => {
  it('lists model units first, then the others, each with its count of published initiatives', () => {
    const doc = page('/don-vi/');
    const groups = doc.querySelectorAll('section[data-group]').map((s) => s.getAttribute('data-group'));
    expect(groups).toEqual(['dien-hinh', 'tham-gia']);
    const model = new Set(units.filter((u) => (u.data.modelRecognitions ?? []).length > 0).map((u) => u.slug));
    const inModel = doc.querySelectorAll('section[data-group="dien-hinh"] li[data-unit]').map((li) => li.getAttribute('data-unit')!);
    expect(new Set(inModel)).toEqual(model);
    const rows = doc.querySelectorAll('li[data-unit]');
    expect(rows.length).toBe(units.length);
    const counts = count(published, (e) => e.data.unit);
    for (const li of rows) expect(Number(li.getAttribute('data-count')), li.getAttribute('data-unit')!).toBe(counts.get(li.getAttribute('data-unit')!) ?? 0);
  });

  it('shows former names with their dates, and the initiatives recognised under them', () => {
    const renamed = units.filter((u) => (u.data.formerNames ?? []).length > 0);
    let underFormerName = 0;
    for (const u of renamed) {
      const doc = page(`/don-vi/${u.slug}/`);
      const facts = text(doc.querySelector('dl.facts'));
      for (const f of u.data.formerNames) {
        expect(facts).toContain(f.name);
        expect(facts).toContain(dmy(String(f.until)));
      }
      const own = published.filter((e) => e.data.unit === u.slug);
      expect(new Set(listed(`/don-vi/${u.slug}/`).filter((id) => own.some((e) => e.slug === id)))).toEqual(new Set(own.map((e) => e.slug)));
      for (const e of own.filter((e) => e.data.unitNameAtRecognition !== u.data.name)) {
        underFormerName++;
        expect(text(doc.querySelector(`[data-initiative="${e.slug}"]`))).toContain(e.data.unitNameAtRecognition);
      }
    }
    expect(underFormerName).toBeGreaterThan(0);
  });
});

describe('initiative pages', () => {
  it('show the ladder from the base level up, with each decision date', () => {
    for (const e of published) {
      const doc = page(`/sang-kien/${e.slug}/`);
      const expected = recs(e).sort((a, b) => LEVEL_RANK.indexOf(a.level) - LEVEL_RANK.indexOf(b.level));
      const steps = doc.querySelectorAll('.ladder__step');
      expect(steps.map((s) => s.getAttribute('data-level')), e.slug).toEqual(expected.map((r) => r.level));
      expect(steps.map((s) => s.querySelector('time')?.getAttribute('datetime'))).toEqual(expected.map((r) => r.decisionDate));
      expect(steps.map((s) => text(s.querySelector('time')))).toEqual(expected.map((r) => dmy(r.decisionDate)));
      steps.forEach((s, i) => expect(text(s)).toContain(expected[i]!.decisionNumber));
    }
  });

  it('show the status, the date it was last verified and the replicating units', () => {
    for (const e of published) {
      const status = page(`/sang-kien/${e.slug}/`).querySelector('.status');
      expect(status?.getAttribute('data-status')).toBe(e.data.status.state);
      expect(text(status)).toContain(STATUSES.get(e.data.status.state)!);
      expect(text(status)).toContain(`Xác minh lần cuối: ${dmy(String(e.data.status.verifiedAt))}`);
      const links = status!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toEqual((e.data.status.replicatedBy ?? []).map((u: string) => `/don-vi/${u}/`));
    }
  });

  it('link the unit by its current page and show the name at recognition', () => {
    for (const e of published) {
      const facts = page(`/sang-kien/${e.slug}/`).querySelector('dl.facts')!;
      const link = facts.querySelector(`a[href="/don-vi/${e.data.unit}/"]`);
      expect(text(link)).toBe(e.data.unitNameAtRecognition);
    }
  });
});

describe('tombstones and embargo', () => {
  it('a revoked initiative is a noindex tombstone that says what was revoked, when, by which decision and why', () => {
    for (const e of revoked) {
      const doc = page(`/sang-kien/${e.slug}/`);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
      const stone = doc.querySelector('[data-tombstone="true"]');
      expect(stone).not.toBeNull();
      const t = text(stone);
      expect(t).toContain(e.data.title);
      expect(t).toContain(e.data.revoked.decision);
      expect(t).toContain(dmy(String(e.data.revoked.date)));
      expect(t).toContain(e.data.revoked.reason);
      expect(doc.querySelector('.ladder')).toBeNull();
    }
  });

  it('revoked and embargoed initiatives are in no listing, facet, honor-roll or unit page', () => {
    const hidden = [...revoked, ...embargoed].map((e) => e.slug);
    for (const url of browsePages) {
      const ids = new Set(listed(url));
      for (const slug of hidden) expect(ids.has(slug), `${slug} on ${url}`).toBe(false);
    }
  });

  it('an embargoed initiative has no page and is not linked or named anywhere in the site', () => {
    for (const e of embargoed) {
      expect(exists(`/sang-kien/${e.slug}/`)).toBe(false);
      for (const url of allPages()) {
        const body = html(url);
        expect(body.includes(`/sang-kien/${e.slug}/`), `${e.slug} linked from ${url}`).toBe(false);
        expect(body.includes(e.data.title), `${e.slug} named on ${url}`).toBe(false);
      }
    }
  });
});

describe('every browse page', () => {
  it('covers the sections this issue owns', () => {
    for (const s of SECTIONS) expect(browsePages.some((p) => p.startsWith(s)), s).toBe(true);
    expect(browsePages).toContain('/404.html');
  });

  it('ships no client JavaScript (structured data allowed)', () => {
    for (const url of browsePages) {
      const scripts = page(url).querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, url).toBe(0);
    }
  });

  it('has a unique title and meta description, a canonical URL and lang="vi"', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const url of browsePages) {
      const doc = page(url);
      const title = text(doc.querySelector('title'));
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(title, url).not.toBe('');
      expect(description.length, url).toBeGreaterThan(20);
      expect(titles.get(title), `title of ${url}`).toBeUndefined();
      expect(descriptions.get(description), `description of ${url}`).toBeUndefined();
      titles.set(title, url);
      descriptions.set(description, url);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
      if (url !== '/404.html') expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toMatch(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  it('every image has width, height, non-empty alt and loads lazily', () => {
    let images = 0;
    for (const url of browsePages) {
      for (const img of page(url).querySelectorAll('img')) {
        images++;
        expect(Number(img.getAttribute('width')), url).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), url).toBeGreaterThan(0);
        expect((img.getAttribute('alt') ?? '').trim(), url).not.toBe('');
        expect(img.getAttribute('loading'), url).toBe('lazy');
      }
    }
    expect(images).toBeGreaterThan(0);
  });

  it('each photo is one WebP file with its size set, shared by the gallery, the cards and the poster, and credited', () => {
    const withMedia = published.filter((e) => (e.data.media ?? []).length > 0);
    expect(withMedia.length).toBeGreaterThan(0);
    const fileOf = new Map<string, string>(); // photo path in content → the one file the site serves for it
    for (const e of withMedia) {
      const doc = page(`/sang-kien/${e.slug}/`);
      const figures = doc.querySelectorAll('.gallery figure');
      expect(figures.length).toBe(e.data.media.length);
      figures.forEach((fig, i) => {
        expect(fig.querySelectorAll('source')).toHaveLength(0);
        const img = fig.querySelector('img')!;
        expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
        expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
        expect(img.getAttribute('srcset')).toBeUndefined();
        expect(text(fig.querySelector('figcaption'))).toContain(e.data.media[i].credit);
        const photo = String(e.data.media[i].src);
        if (!fileOf.has(photo)) fileOf.set(photo, img.getAttribute('src')!);
        expect(img.getAttribute('src'), `${e.slug} ${photo}`).toBe(fileOf.get(photo));
      });
      const first = doc.querySelector('.gallery img')!.getAttribute('src');
      expect(doc.querySelector('.poster__image')?.getAttribute('src')).toBe(first);
    }
    // The optimised photos in the output are exactly those files: one per photo.
    const served = new Set(fileOf.values());
    const webp = readdirSync(join(OUT, '_astro')).filter((f) => f.endsWith('.webp')).map((f) => `/_astro/${f}`);
    for (const f of served) expect(webp).toContain(f);
  });

  it('the 404 page offers a search box and the main sections', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/tim-kiem/');
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/sang-kien/', '/don-vi/', '/khen-thuong/', '/linh-vuc/']));
  });
});
