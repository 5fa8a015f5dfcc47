/**
 * Exhibitions on the built site: the markup of every kit component, the table of contents, the
 * initiatives of each InitiativeGrid (read here from the MDX files with a separate reader), links
 * back from those initiatives, previous/next, demo labels, and print posters whose QR code decodes
 * to the page's canonical URL. Then the build itself stops on a wrong id and on forbidden MDX.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CONTENT, ROOT, TODAY, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { ContentCopy } from '../helpers/content-fixture.ts';
import { bodyOf, decodeQr, iso, tagsIn } from '../helpers/showcase.ts';
import { exclusive } from '../helpers/build.ts';

const exhibitions = readCollection(CONTENT, 'exhibitions').sort((a, b) => iso(a.data.openedAt).localeCompare(iso(b.data.openedAt)));
const published = new Set(publishedInitiatives(CONTENT, TODAY).map((i) => i.slug));
const bodies = new Map(exhibitions.map((e) => [e.slug, bodyOf(CONTENT, 'exhibitions', `${e.slug}.mdx`)]));
const gridIdsOf = (slug: string) => [...new Set(tagsIn(bodies.get(slug)!, 'InitiativeGrid').flatMap((t) => t.ids!.split(/[\s,]+/).filter(Boolean)))];
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('exhibition pages', () => {
  it('ship at least two demo exhibitions, each using every component of the kit', () => {
    expect(exhibitions.length).toBeGreaterThanOrEqual(2);
    for (const e of exhibitions) {
      expect(e.data.demo, e.slug).toBe(true);
      const kinds = new Set(page(`/trien-lam/${e.slug}/`).querySelectorAll('[data-kit]').map((el) => el.getAttribute('data-kit')));
      expect([...kinds].sort(), e.slug).toEqual(['chapter', 'figure', 'initiative-grid', 'key-figure', 'quote', 'timeline']);
    }
  });

  for (const e of exhibitions) {
    describe(e.slug, () => {
      const doc = page(`/trien-lam/${e.slug}/`);
      const body = bodies.get(e.slug)!;

      it('is labelled "Dữ liệu minh họa"', () => {
        expect(text(doc.querySelector('[data-demo="true"]'))).toContain('Dữ liệu minh họa');
      });

      it('lists its chapters in a table of contents whose links reach the chapter headings', () => {
        const chapters = tagsIn(body, 'Chapter');
        const toc = doc.querySelectorAll('nav.toc a');
        expect(toc.map(text)).toEqual(chapters.map((c) => c.title));
        toc.forEach((a, i) => {
          const anchor = a.getAttribute('href')!.slice(1);
          expect(anchor).toBe(chapters[i]!.id ?? fold(chapters[i]!.title!));
          const heading = doc.querySelector(`section[data-kit="chapter"] > h2#${anchor}`);
          expect(text(heading)).toBe(chapters[i]!.title);
          expect(heading!.parentNode!.getAttribute('aria-labelledby')).toBe(anchor);
        });
        expect(new Set(doc.querySelectorAll('[id]').map((el) => el.id)).size).toBe(doc.querySelectorAll('[id]').length);
      });

      it('renders each InitiativeGrid from the initiatives’ content, in the order written', () => {
        const shown = doc.querySelectorAll('[data-kit="initiative-grid"] > li').map((li) => li.getAttribute('data-initiative'));
        const written = tagsIn(body, 'InitiativeGrid').flatMap((t) => t.ids!.split(/[\s,]+/).filter(Boolean)).filter((id) => published.has(id));
        expect(shown).toEqual(written);
        for (const id of shown) {
          const item = readCollection(CONTENT, 'initiatives').find((i) => i.slug === id)!;
          const li = doc.querySelector(`[data-initiative="${id}"]`)!;
          expect(li.querySelector('a')?.getAttribute('href')).toBe(`/sang-kien/${id}/`);
          expect(text(li.querySelector('.card__title'))).toBe(item.data.title);
          expect(text(li.querySelector('.card__unit'))).toBe(item.data.unitNameAtRecognition);
          expect(li.querySelector('.level')).not.toBeNull();
          expect(Boolean(li.querySelector('img'))).toBe((item.data.media ?? []).length > 0);
        }
      });

      it('renders Quote, Figure, KeyFigure and Timeline with their required parts', () => {
        const quotes = doc.querySelectorAll('figure[data-kit="quote"]');
        expect(quotes.map((q) => text(q.querySelector('figcaption')))).toEqual(tagsIn(body, 'Quote').map((q) => expect.stringContaining(q.attribution!)));
        for (const q of quotes) expect(text(q.querySelector('blockquote')).length).toBeGreaterThan(0);

        const figures = doc.querySelectorAll('figure[data-kit="figure"]');
        const written = tagsIn(body, 'Figure');
        expect(figures).toHaveLength(written.length);
        figures.forEach((f, i) => {
          expect(f.querySelector('img')?.getAttribute('alt')?.trim()).toBeTruthy();
          expect(f.querySelector('img')?.getAttribute('width')).toBeTruthy();
          expect(text(f.querySelector('figcaption'))).toContain(`Ảnh: ${written[i]!.credit}`);
        });

        const keyFigures = doc.querySelectorAll('figure[data-kit="key-figure"]');
        expect(keyFigures.map((k) => [text(k.querySelector('.kit-keyfigure__value')), text(k.querySelector('.kit-keyfigure__label')), text(k.querySelector('figcaption'))])).toEqual(
          tagsIn(body, 'KeyFigure').map((k) => [k.value, k.label, `Nguồn: ${k.source}`]),
        );

        const steps = doc.querySelectorAll('ol[data-kit="timeline"] > li');
        const items = tagsIn(body, 'TimelineItem');
        expect(steps.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(items.map((t) => t.date));
        expect(steps.map((li) => text(li.querySelector('strong')))).toEqual(items.map((t) => t.title));
      });

      it('prints as a poster whose QR code decodes to the canonical URL', async () => {
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
        const poster = doc.querySelector('[data-poster]');
        expect(text(poster?.querySelector('.poster__title'))).toBe(e.data.title);
        expect(poster?.getAttribute('data-qr-url')).toBe(canonical);
        expect(await decodeQr(poster?.querySelector('.poster__code') ?? null)).toBe(canonical);
      });
    });
  }

  it('links each exhibition to the previous and next one by opening date', () => {
    exhibitions.forEach((e, i) => {
      const doc = page(`/trien-lam/${e.slug}/`);
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(i > 0 ? `/trien-lam/${exhibitions[i - 1]!.slug}/` : null);
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(i < exhibitions.length - 1 ? `/trien-lam/${exhibitions[i + 1]!.slug}/` : null);
    });
  });

  it('lists every exhibition on /trien-lam/', () => {
    const links = page('/trien-lam/').querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const e of exhibitions) expect(links).toContain(`/trien-lam/${e.slug}/`);
  });
});

describe('initiative pages', () => {
  it('link back to exactly the exhibitions that feature them', () => {
    const featuring = new Map<string, string[]>();
    for (const e of exhibitions) for (const id of gridIdsOf(e.slug)) featuring.set(id, [...(featuring.get(id) ?? []), e.slug]);
    expect(featuring.size).toBeGreaterThan(0);
    for (const id of published) {
      const links = page(`/sang-kien/${id}/`).querySelectorAll('[data-exhibition-backlinks] a').map((a) => a.getAttribute('href'));
      expect(links.sort(), id).toEqual((featuring.get(id) ?? []).map((s) => `/trien-lam/${s}/`).sort());
    }
  });

  it('carry a print poster with title, unit, ladder, image and a QR code to the canonical URL', async () => {
    const winner = readCollection(CONTENT, 'initiatives').find((i) => published.has(i.slug) && (i.data.media ?? []).length > 0 && i.data.recognitions.length > 1)!;
    const doc = page(`/sang-kien/${winner.slug}/`);
    const poster = doc.querySelector('[data-poster]')!;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/sang-kien/${winner.slug}/$`));
    expect(text(poster.querySelector('.poster__title'))).toBe(winner.data.title);
    expect(text(poster.querySelector('.poster__unit'))).toBe(winner.data.unitNameAtRecognition);
    expect(poster.querySelectorAll('.poster__ladder li')).toHaveLength(winner.data.recognitions.length);
    for (const r of winner.data.recognitions) expect(text(poster.querySelector('.poster__ladder'))).toContain(r.decisionNumber);
    expect(poster.querySelector('img')?.getAttribute('alt')).toBe(winner.data.media[0].alt);
    expect(await decodeQr(poster.querySelector('.poster__code'))).toBe(canonical);
  });
});

describe('the build stops on a bad exhibition', () => {
  const build = (contentDir: string) =>
    exclusive(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(ROOT, 'test/.out/broken-exhibition'), SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    }));

  it('on a wrong InitiativeGrid id and on forbidden MDX, with a Vietnamese message naming the file', () => {
    const content = new ContentCopy();
    try {
      content.replace('exhibitions/trien-lam-mau.mdx', 'Nội dung triển lãm mẫu.', '<InitiativeGrid ids="sang-kien-khong-co" />\n\n<div onclick="x()">a</div>\n\n<script>alert(1)</script>');
      const r = build(content.dir);
      const out = `${r.stdout}\n${r.stderr}`;
      expect(r.status).not.toBe(0);
      expect(out).toContain('Nội dung không hợp lệ, dừng xây dựng trang.');
      expect(out).toMatch(/exhibitions\/trien-lam-mau\.mdx:\d+: \(nội dung\): InitiativeGrid: không tìm thấy sáng kiến "sang-kien-khong-co"/);
      expect(out).toMatch(/exhibitions\/trien-lam-mau\.mdx:\d+: \(nội dung\): Không được dùng thuộc tính sự kiện "onclick"/);
      expect(out).toMatch(/exhibitions\/trien-lam-mau\.mdx:\d+: \(nội dung\): Không được dùng thẻ <script>/);
    } finally {
      content.remove();
    }
  });
});
