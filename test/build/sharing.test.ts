/**
 * Sharing and open data on the built site: preview cards, JSON-LD, feeds, exports, verification,
 * embeds, redirects, sitemap, and the permalink guard. Expected figures come from the content files.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { parse as parseYaml } from 'yaml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CONTENT, OUT, ROOT, TODAY, allPages, builtFile, exists, html, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { findPersonalData } from '../../src/lib/content/privacy.ts';
import { parseCsv } from '../../src/lib/text/csv.ts';
import { expectedCode, expectedVerificationPath } from '../helpers/verification-code.ts';

const SITE = 'https://sangkien.hanoi.example';
const FEED_LIMIT = 100;
const all = readCollection(CONTENT, 'initiatives');
const published = publishedInitiatives(CONTENT, TODAY);
const withPage = all.filter((e) => !(e.data.embargoUntil && String(e.data.embargoUntil) > TODAY));
const revoked = withPage.filter((e) => e.data.revoked);
const units = readCollection(CONTENT, 'units');
const campaigns = readCollection(CONTENT, 'campaigns');
const exhibitions = readCollection(CONTENT, 'exhibitions');
const dateOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const recognitionsOf = (entries: typeof all) => entries.flatMap((e) => (e.data.recognitions as Record<string, unknown>[]).map((r) => ({ entry: e, r: { ...r, decisionDate: dateOf(r.decisionDate) } as { level: string; decisionNumber: string; decisionDate: string } })));
/** A recognition's code, from the test's own implementation of the specification (`test/helpers/verification-code.ts`). */
const codeOf = (slug: string, r: { level: string; decisionNumber: string; decisionDate: string }) => expectedCode(slug, r.level, r.decisionNumber, r.decisionDate);
const sitePath = (url: string) => new URL(url).pathname;
const fileOf = (url: string) => builtFile(sitePath(url));
/** Real pages (not Astro's meta-refresh stubs for redirects, not embed cards). */
const shellPages = () => allPages().filter((p) => !p.startsWith('/nhung/') && !html(p).includes('http-equiv="refresh"'));

/** Width and height from the PNG header (signature, then the IHDR chunk); decodes one image fully as a check. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}
function jsonLd(path: string): Record<string, any>[] {
  return page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent)].flat());
}

describe('Open Graph and Twitter cards', () => {
  it('every page has the full set of tags, and its image is a 1200×630 PNG that exists', () => {
    const images = new Set<string>();
    for (const p of shellPages()) {
      const doc = page(p);
      const meta = (prop: string) => doc.querySelector(`meta[property="${prop}"], meta[name="${prop}"]`)?.getAttribute('content');
      for (const prop of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:image:alt', 'twitter:card', 'twitter:image']) expect(meta(prop), `${p} ${prop}`).toBeTruthy();
      if (p !== '/404.html') expect(meta('og:url')).toBe(`${SITE}${p}`);
      images.add(meta('og:image')!);
    }
    for (const img of images) {
      expect(existsSync(fileOf(img)), img).toBe(true);
      expect(pngSize(fileOf(img)), img).toEqual([1200, 630]);
    }
    const decoded = PNG.sync.read(readFileSync(fileOf([...images][0]!)));
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
  });

  it('og:type is "article" on the page of one record (initiative, unit, campaign, exhibition, review) and "website" on every other page', () => {
    const record = (p: string) =>
      (/^\/(sang-kien|don-vi|phong-trao|trien-lam)\/[a-z0-9-]+\/$/.test(p) && !['/sang-kien/a-z/'].includes(p)) || /^\/phong-trao\/[a-z0-9-]+\/tong-ket\/(\d{4}\/)?$/.test(p);
    const types = { article: 0, website: 0 };
    for (const p of shellPages()) {
      const type = page(p).querySelector('meta[property="og:type"]')!.getAttribute('content') as 'article' | 'website';
      expect(type, p).toBe(record(p) ? 'article' : 'website');
      types[type]++;
    }
    // Listings under a record section (pages 2…n, the A–Z index) are not records.
    for (const p of ['/sang-kien/trang/2/', '/sang-kien/a-z/', '/sang-kien/a-z/b/']) expect(page(p).querySelector('meta[property="og:type"]')!.getAttribute('content'), p).toBe('website');
    expect(types.article).toBeGreaterThan(50);
    expect(types.website).toBeGreaterThan(50);
  });

  it('initiatives recognised at city level or above, campaigns and exhibitions get their own card; other initiatives their field\'s; tombstones the site card', () => {
    const og = (p: string) => page(p).querySelector('meta[property="og:image"]')!.getAttribute('content');
    const CITY = new Set(['thanh-pho', 'sang-kien-thu-do']);
    const own = published.filter((e) => (e.data.recognitions as { level: string }[]).some((r) => CITY.has(r.level)));
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(published.length);
    for (const e of published) {
      expect(og(`/sang-kien/${e.slug}/`), e.slug).toBe(own.includes(e) ? `${SITE}/og/sang-kien/${e.slug}.png` : `${SITE}/og/linh-vuc/${e.data.field}.png`);
    }
    for (const e of campaigns) expect(og(`/phong-trao/${e.slug}/`)).toBe(`${SITE}/og/phong-trao/${e.slug}.png`);
    for (const e of exhibitions) expect(og(`/trien-lam/${e.slug}/`)).toBe(`${SITE}/og/trien-lam/${e.slug}.png`);
    expect(revoked.length).toBeGreaterThan(0);
    for (const e of revoked) {
      expect(og(`/sang-kien/${e.slug}/`)).toBe(`${SITE}/og/trang-chu.png`);
      expect(existsSync(join(OUT, 'og/sang-kien', `${e.slug}.png`))).toBe(false);
    }
    expect(readdirSync(join(OUT, 'og/sang-kien')).sort()).toEqual(own.map((e) => `${e.slug}.png`).sort());
  });
});

describe('JSON-LD', () => {
  it('parses on every page; the publisher everywhere, BreadcrumbList everywhere but the home page', () => {
    for (const p of shellPages()) {
      const types = jsonLd(p).map((d) => d['@type']);
      expect(types, p).toContain('GovernmentOrganization');
      if (p !== '/') expect(types, p).toContain('BreadcrumbList');
    }
  });

  it('breadcrumbs in JSON-LD match the visible breadcrumbs', () => {
    for (const p of ['/sang-kien/', `/sang-kien/${published[0]!.slug}/`, '/du-lieu/']) {
      const visible = page(p).querySelectorAll('.breadcrumbs li').map((li) => text(li));
      const ld = jsonLd(p).find((d) => d['@type'] === 'BreadcrumbList')!;
      expect(ld.itemListElement.map((i: { name: string }) => i.name)).toEqual(visible);
      expect(ld.itemListElement.at(-1).item).toBe(`${SITE}${p}`);
    }
  });

  it('initiatives are CreativeWorks with one award per recognition; units organisations; campaigns events with milestones', () => {
    for (const e of published) {
      const work = jsonLd(`/sang-kien/${e.slug}/`).find((d) => d['@type'] === 'CreativeWork')!;
      expect(work, e.slug).toBeTruthy();
      expect(work.name).toBe(e.data.title);
      expect(work.award).toHaveLength(e.data.recognitions.length);
      expect(work.creator.name).toBe(e.data.unitNameAtRecognition);
    }
    for (const e of revoked) expect(jsonLd(`/sang-kien/${e.slug}/`).some((d) => d['@type'] === 'CreativeWork')).toBe(false);
    for (const u of units) {
      const org = jsonLd(`/don-vi/${u.slug}/`).find((d) => String(d['@id']).endsWith('#don-vi'))!;
      expect(org.name).toBe(u.data.name);
      expect(org['@type']).toMatch(/Organization|Corporation/);
      expect(org.alternateName ?? []).toEqual((u.data.formerNames ?? []).map((f: { name: string }) => f.name));
    }
    for (const c of campaigns) {
      const ev = jsonLd(`/phong-trao/${c.slug}/`).find((d) => d['@type'] === 'Event')!;
      expect(ev.subEvent).toHaveLength((c.data.milestones ?? []).length);
      for (const s of ev.subEvent) expect(s.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  const feed = (path: string) => {
    const xml = readFileSync(join(OUT, path), 'utf8');
    expect(XMLValidator.validate(xml), path).toBe(true);
    return (parser.parse(xml).rss.channel.item ?? []) as { title: string; link: string; guid: { '#text': string }; pubDate: string }[];
  };
  const expectFeed = (path: string, entries: typeof published) => {
    const items = feed(path);
    expect(items.length, path).toBe(Math.min(FEED_LIMIT, recognitionsOf(entries).length));
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates, path).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    for (const i of items) expect(exists(sitePath(i.link)), i.link).toBe(true);
  };

  it('overall feed: well-formed, one item per recognition of published initiatives, newest first, unique stable GUIDs', () => {
    expectFeed('rss.xml', published);
    const first = feed('rss.xml')[0]!;
    const newest = recognitionsOf(published).sort((a, b) => b.r.decisionDate.localeCompare(a.r.decisionDate))[0]!;
    const code = codeOf(newest.entry.slug, newest.r);
    expect(first.guid['#text']).toBe(`${SITE}${expectedVerificationPath(code)}`);
  });

  it('a feed per field and per area, linked from /du-lieu/; every page links the overall feed', () => {
    const fieldIds = [...new Set(readCollection(CONTENT, 'initiatives').map((e) => e.data.field))];
    for (const f of fieldIds) expectFeed(`rss/linh-vuc/${f}.xml`, published.filter((e) => e.data.field === f));
    for (const a of [...new Set(all.map((e) => e.data.area))]) expectFeed(`rss/dia-ban/${a}.xml`, published.filter((e) => e.data.area === a));
    const links = page('/du-lieu/').querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const f of fieldIds) expect(links).toContain(`/rss/linh-vuc/${f}.xml`);
    for (const p of shellPages()) expect(page(p).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), p).toBe('/rss.xml');
    for (const e of published) {
      const feeds = page(`/sang-kien/${e.slug}/`).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
      expect(feeds).toEqual(['/rss.xml', `/rss/linh-vuc/${e.data.field}.xml`, `/rss/dia-ban/${e.data.area}.xml`]);
      for (const f of feeds) expect(existsSync(join(OUT, f!)), f).toBe(true);
    }
  });
});

describe('open data', () => {
  const csv = (file: string) => {
    const raw = readFileSync(join(OUT, 'du-lieu', file), 'utf8');
    expect(raw.charCodeAt(0), `${file} BOM`).toBe(0xfeff);
    const [header, ...rows] = parseCsv(raw);
    return { header: header!, rows };
  };
  const json = (file: string) => JSON.parse(readFileSync(join(OUT, 'du-lieu', file), 'utf8')) as { count: number; rows: Record<string, unknown>[] };
  const expected: Record<string, number> = {
    'sang-kien': published.length,
    'cong-nhan': recognitionsOf(published).length,
    'don-vi': units.length,
    'phong-trao': campaigns.length,
  };

  it('CSV and JSON have one row per published record, the same ids, and the same count', () => {
    for (const [file, count] of Object.entries(expected)) {
      const c = csv(`${file}.csv`);
      const j = json(`${file}.json`);
      expect(c.rows.length, file).toBe(count);
      expect(j.rows.length, file).toBe(count);
      expect(j.count).toBe(count);
      expect(c.rows.map((r) => r[0])).toEqual(j.rows.map((r) => r[c.header[0]!]));
    }
    expect(new Set(csv('sang-kien.csv').rows.map((r) => r[0]))).toEqual(new Set(published.map((e) => e.slug)));
  });

  it('datapackage.json describes each CSV: same columns in order, counts, types that hold for every value', () => {
    const pkg = JSON.parse(readFileSync(join(OUT, 'du-lieu/datapackage.json'), 'utf8'));
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual(Object.keys(expected).sort());
    for (const res of pkg.resources) {
      const { header, rows } = csv(`${res.name}.csv`);
      expect(res.path).toBe(`${SITE}/du-lieu/${res.name}.csv`);
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      expect(res.count).toBe(expected[res.name]);
      res.schema.fields.forEach((f: { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }, i: number) => {
        for (const row of rows) {
          const v = row[i]!;
          if (f.constraints?.required) expect(v, `${res.name}.${f.name}`).not.toBe('');
          if (v === '') continue;
          if (f.type === 'integer') expect(v, f.name).toMatch(/^-?\d+$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
          if (f.type === 'date') expect(v, f.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.constraints?.enum) expect(f.constraints.enum, f.name).toContain(v);
        }
      });
    }
  });

  it('the /du-lieu/ page lists every table with its row count, the licence and how to cite', () => {
    const doc = page('/du-lieu/');
    for (const [file, count] of Object.entries(expected)) {
      const row = doc.querySelectorAll('tr').find((tr) => tr.querySelector(`a[href="/du-lieu/${file}.csv"]`))!;
      expect(text(row), file).toContain(count.toLocaleString('vi-VN'));
    }
    expect(text(doc)).toContain('CC BY 4.0');
    expect(doc.querySelector('a[href="/du-lieu/datapackage.json"]')).toBeTruthy();
  });
});

describe('privacy in everything shared', () => {
  const hiddenNames = all.flatMap((e) => (e.data.authors ?? []).filter((a: { consent?: boolean }) => !a.consent).map((a: { name: string }) => a.name));
  const shownNames = new Set(all.flatMap((e) => (e.data.authors ?? []).filter((a: { consent?: boolean }) => a.consent).map((a: { name: string }) => a.name)));
  const exports = [
    ...readdirSync(join(OUT, 'du-lieu')).filter((f) => /\.(csv|json)$/.test(f)).map((f) => join(OUT, 'du-lieu', f)),
    join(OUT, 'rss.xml'),
    ...readdirSync(join(OUT, 'rss'), { recursive: true }).filter((f) => String(f).endsWith('.xml')).map((f) => join(OUT, 'rss', String(f))),
    ...allPages().filter((p) => /^\/(nhung|xac-minh)\//.test(p)).map(builtFile),
  ];

  it('no phone or ID number and no name of an author without consent, in any export, feed, card or verification page', () => {
    expect(hiddenNames.length).toBeGreaterThan(0);
    expect(exports.length).toBeGreaterThan(published.length);
    for (const file of exports) {
      const body = readFileSync(file, 'utf8');
      const values = file.endsWith('.csv') ? parseCsv(body).flat() : file.endsWith('.json') ? JSON.stringify(JSON.parse(body)).split('"') : [body.replace(/<[^>]+>/g, ' ')];
      for (const v of values) expect(findPersonalData(v), `${file}: ${v.slice(0, 80)}`).toBeNull();
      for (const name of hiddenNames) if (!shownNames.has(name)) expect(body.includes(name), `${file} names ${name}`).toBe(false);
    }
  });

  it('embargoed records appear in no export, feed or verification page', () => {
    const embargoed = all.filter((e) => e.data.embargoUntil && String(e.data.embargoUntil) > TODAY);
    expect(embargoed.length).toBeGreaterThan(0);
    for (const e of embargoed) {
      for (const file of exports) expect(readFileSync(file, 'utf8').includes(e.slug), `${file} leaks ${e.slug}`).toBe(false);
      for (const { r } of recognitionsOf([e])) {
        const code = codeOf(e.slug, r);
        if (exists(`/xac-minh/${code.slice(0, 2)}/`)) expect(page(`/xac-minh/${code.slice(0, 2)}/`).getElementById(code)).toBeNull();
      }
    }
  });
});

describe('recognition verification', () => {
  const bucketPages = () => allPages().filter((p) => /^\/xac-minh\/[0-9a-z]{2}\/$/.test(p));

  it('every recognition of every initiative with a page is an entry of the page of its first two characters, valid or revoked', () => {
    const codes = recognitionsOf(withPage);
    const entries = bucketPages().flatMap((p) => page(p).querySelectorAll('article.entry').map((a) => a.id));
    expect(entries.length).toBe(codes.length);
    for (const { entry, r } of codes) {
      const code = codeOf(entry.slug, r);
      const p = `/xac-minh/${code.slice(0, 2)}/`;
      const doc = page(p);
      const article = doc.getElementById(code)!;
      expect(article, `${p}#${code}`).toBeTruthy();
      expect(article.querySelector('[data-verification]')!.getAttribute('data-verification'), code).toBe(entry.data.revoked ? 'revoked' : 'valid');
      expect(text(article.querySelector('.verdict'))).toContain(r.decisionNumber);
      expect(article.querySelector(`a[href="/sang-kien/${entry.slug}/"]`), code).toBeTruthy();
      expect(doc.querySelector(`a[href="#${code}"]`), `${p} lists ${code}`).toBeTruthy();
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  it('a code worked out by hand (sha256 of "id|level|decision|date", Crockford base32) lands on its recognition', () => {
    // ban-do-so-quan-ly-ha-tang-ky-thuat|co-so|17/QĐ-HĐSK|2023-06-17 → xdey6psy, computed outside this code base.
    const article = page('/xac-minh/xd/').getElementById('xdey6psy')!;
    expect(text(article)).toContain('17/QĐ-HĐSK');
    expect(article.querySelector('a[href="/sang-kien/ban-do-so-quan-ly-ha-tang-ky-thuat/"]')).toBeTruthy();
  });

  it('a fixed number of pages: one per first two characters in use (at most 1,024), whatever the number of recognitions', () => {
    const buckets = new Set(recognitionsOf(withPage).map(({ entry, r }) => codeOf(entry.slug, r).slice(0, 2)));
    expect(bucketPages().length).toBe(buckets.size);
    expect(allPages().filter((p) => p.startsWith('/xac-minh/')).length).toBe(buckets.size + 2); // + index, "not found"
  });

  it('unknown codes: a "không tìm thấy" page served by the host rule, the 404 page says so, the index links every page', () => {
    expect(text(page('/xac-minh/khong-tim-thay/').querySelector('h1'))).toBe('Không tìm thấy mã xác minh');
    expect(readFileSync(join(OUT, '_redirects'), 'utf8')).toContain('/xac-minh/* /xac-minh/khong-tim-thay/ 404');
    expect(text(page('/404.html'))).toContain('Không tìm thấy mã xác minh');
    const links = page('/xac-minh/').querySelectorAll('.buckets a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(bucketPages().sort());
  });
});

describe('embeddable cards', () => {
  /** The card an `<iframe>` code points at: its page and the element its fragment names. */
  const cardOf = (iframeCode: string) => {
    const src = /<iframe src="([^"]+)"/.exec(iframeCode)![1]!;
    const url = new URL(src);
    expect(url.pathname).toMatch(/^\/nhung\/[0-9a-z]{2}\/$/);
    return { path: url.pathname, card: page(url.pathname).getElementById(url.hash.slice(1)) };
  };
  const embedPages = () => allPages().filter((p) => p.startsWith('/nhung/'));

  it('every published initiative has a card on a small self-contained page (no script, no external CSS), and its page shows the iframe code', () => {
    for (const e of published) {
      const code = text(page(`/sang-kien/${e.slug}/`).querySelector('.embed textarea'));
      expect(code, e.slug).toContain(`<iframe src="${SITE}/nhung/`);
      const { path, card } = cardOf(code);
      expect(card, e.slug).toBeTruthy();
      expect(card!.id).toBe(`sang-kien-${e.slug}`);
      expect(text(card!.querySelector('h2'))).toBe(text(page(`/sang-kien/${e.slug}/`).querySelector('h1')));
      expect(Boolean(card!.querySelector('[data-demo="true"]'))).toBe(Boolean(e.data.demo));
      expect(html(path)).not.toMatch(/<script|<link rel="stylesheet"|<img/);
    }
    for (const e of revoked) {
      for (const p of embedPages()) expect(page(p).getElementById(`sang-kien-${e.slug}`), e.slug).toBeNull();
      expect(page(`/sang-kien/${e.slug}/`).querySelector('.embed')).toBeNull();
    }
  });

  it('every unit has a card with its count of published initiatives, and its page shows the iframe code', () => {
    for (const u of units) {
      const { card } = cardOf(text(page(`/don-vi/${u.slug}/`).querySelector('.embed textarea')));
      expect(card!.id).toBe(`don-vi-${u.slug}`);
      expect(text(card!.querySelector('h2'))).toBe(u.data.name);
      const count = published.filter((e) => e.data.unit === u.slug).length;
      expect(text(card), u.slug).toContain(`${count} sáng kiến được công nhận`);
      expect(Boolean(card!.querySelector('[data-demo="true"]'))).toBe(Boolean(u.data.demo));
    }
  });

  it('cards live on at most 1,024 pages, small per card (under 6 KB of HTML per card, CSP meta included)', () => {
    const pages = embedPages();
    expect(pages.length).toBeLessThanOrEqual(1024);
    const cards = pages.reduce((n, p) => n + page(p).querySelectorAll('article.c').length, 0);
    expect(cards).toBe(published.length + units.length);
    for (const p of pages) expect(Buffer.byteLength(html(p)) / page(p).querySelectorAll('article.c').length, p).toBeLessThan(6144);
  });
});

describe('stable URLs', () => {
  const redirects = (parseYaml(readFileSync(join(CONTENT, 'redirects.yaml'), 'utf8')) ?? []) as { from: string; to: string }[];

  it('each redirect of content/redirects.yaml is a real redirect page and a line of _redirects', () => {
    expect(redirects.length).toBeGreaterThan(0);
    const file = readFileSync(join(OUT, '_redirects'), 'utf8');
    for (const r of redirects) {
      expect(html(r.from)).toContain(`http-equiv="refresh" content="0;url=${r.to}"`);
      expect(exists(r.to)).toBe(true);
      expect(file).toContain(`${r.from} ${r.to} 301`);
    }
  });

  it('the sitemap lists indexable pages only: no tombstones, redirects, verification pages, embeds or embargoed records', () => {
    const locs = [...readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => sitePath(m[1]!));
    for (const e of revoked) expect(locs).not.toContain(`/sang-kien/${e.slug}/`);
    for (const r of redirects) expect(locs).not.toContain(r.from);
    for (const e of all.filter((x) => !withPage.includes(x))) expect(locs).not.toContain(`/sang-kien/${e.slug}/`);
    expect(locs.filter((l) => /^\/(nhung|xac-minh)\/.+/.test(l))).toEqual([]);
    for (const e of published) expect(locs).toContain(`/sang-kien/${e.slug}/`);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('the build writes permalinks.json, and no URL of the committed manifest is lost', () => {
    const built = JSON.parse(readFileSync(join(OUT, 'permalinks.json'), 'utf8')).urls as string[];
    for (const e of withPage) expect(built).toContain(`/sang-kien/${e.slug}/`);
    const r = spawnSync(process.execPath, ['scripts/permalinks.ts', 'check', OUT], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: CONTENT } });
    expect(r.stdout + r.stderr).toContain('Không có đường dẫn công khai nào bị mất');
    expect(r.status).toBe(0);
  });

  it('the guard fails when a published slug disappears, and passes once a redirect is added', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mlsk-permalinks-'));
    try {
      const built = JSON.parse(readFileSync(join(OUT, 'permalinks.json'), 'utf8')).urls as string[];
      const gone = `/sang-kien/${published[0]!.slug}/`;
      const target = `/sang-kien/${published[1]!.slug}/`;
      // A "new build" where one published page is gone (its file renamed away), against the committed manifest.
      const out = join(tmp, 'out');
      const content = join(tmp, 'content');
      spawnSync('mkdir', ['-p', out, content]);
      writeFileSync(join(out, 'permalinks.json'), JSON.stringify({ urls: built.filter((u) => u !== gone) }));
      const run = () => spawnSync(process.execPath, ['scripts/permalinks.ts', 'check', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
      const failed = run();
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain(gone);
      writeFileSync(join(content, 'redirects.yaml'), `- from: ${gone}\n  to: ${target}\n`);
      const fixed = run();
      expect(fixed.stdout).toContain('Không có đường dẫn công khai nào bị mất');
      expect(fixed.status).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
