/**
 * Campaign pages on the built site: facts from the content files, milestones in order and marked
 * past/upcoming against the build's today, and every computed figure recomputed here from the
 * content files (not through the site's data layer).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, OUT, TODAY, exists, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection, type RawEntry } from '../helpers/content-files.ts';
import { dmy, iso } from '../helpers/showcase.ts';

const LEVELS = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];
const campaigns = readCollection(CONTENT, 'campaigns');
const published = publishedInitiatives(CONTENT, TODAY);

/** The campaign and every plan below it. */
function family(id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of campaigns) if (c.data.parent && ids.has(c.data.parent) && !ids.has(c.slug)) grew = Boolean(ids.add(c.slug));
  }
  return ids;
}
const initiativesOf = (c: RawEntry) => published.filter((i) => family(c.slug).has(i.data.campaign));

describe('campaign pages', () => {
  it('exist for every campaign, with both real plans shipped', () => {
    expect(campaigns.map((c) => c.data.plan.number)).toEqual(expect.arrayContaining(['04/KH-HĐTĐKT', '19/KH-HĐTĐKT']));
    for (const c of campaigns) expect(exists(`/phong-trao/${c.slug}/`), c.slug).toBe(true);
  });

  for (const c of campaigns) {
    describe(c.slug, () => {
      const url = `/phong-trao/${c.slug}/`;
      const doc = page(url);

      it('shows the fact box: plan as a document citation, period, organiser, legal bases', () => {
        const plan = text(doc.querySelector('[data-fact="plan"]'));
        expect(plan).toContain(`số ${c.data.plan.number} ngày ${dmy(iso(c.data.plan.date))} của ${c.data.plan.issuer}`);
        expect(doc.querySelector('[data-fact="plan"] time')?.getAttribute('datetime')).toBe(iso(c.data.plan.date));
        expect(text(doc.querySelector('[data-fact="period"]'))).toBe(`${c.data.period.from}–${c.data.period.to}`);
        expect(text(doc.querySelector('[data-fact="organiser"]'))).toBe(c.data.organiser);
        const bases = doc.querySelectorAll('[data-fact="legal-bases"] li').map(text);
        expect(bases).toHaveLength((c.data.legalBases ?? []).length);
        (c.data.legalBases ?? []).forEach((b: any, i: number) => expect(bases[i]).toContain(`số ${b.number} ngày ${dmy(iso(b.date))} của ${b.issuer}`));
      });

      it('lists milestones in date order as an ordered list, marked past or upcoming against today', () => {
        const items = doc.querySelectorAll('ol.milestones > li');
        expect(items).toHaveLength(c.data.milestones.length);
        const dates = c.data.milestones.map((m: any) => iso(m.date));
        expect([...dates].sort()).toEqual(dates);
        items.forEach((li, i) => {
          const m = c.data.milestones[i];
          expect(text(li)).toContain(m.title);
          expect(li.getAttribute('data-state')).toBe(iso(m.date) <= TODAY ? 'past' : 'upcoming');
          expect(text(li)).toContain(iso(m.date) <= TODAY ? 'Đã diễn ra' : 'Sắp tới');
          expect(li.querySelector('time')?.getAttribute('datetime')).toBe(m.precision === 'nam' ? iso(m.date).slice(0, 4) : iso(m.date));
        });
      });

      it('counts the awards given per award of the ladder from the content', () => {
        const mine = initiativesOf(c);
        expect(doc.querySelectorAll('tr[data-award]')).toHaveLength(c.data.awardLadder.length);
        for (const step of c.data.awardLadder) {
          const expected = mine.reduce((n, i) => n + i.data.recognitions.filter((r: any) => r.award === step.award).length, 0);
          expect(Number(text(doc.querySelector(`tr[data-award="${step.award}"] [data-given]`)).replace(/\./g, '')), step.award).toBe(expected);
        }
      });

      it('computes target progress from the content: city-level recognitions per year, share still applied', () => {
        const mine = initiativesOf(c);
        for (const target of c.data.targets) {
          const row = doc.querySelectorAll('table.targets > tbody > tr').find((r) => text(r.querySelector('td')) === target.label);
          expect(row, target.label).toBeDefined();
          expect(text(row)).toContain(target.source);
          if (target.metric === 'thanh-pho-moi-nam') {
            const years = row!.querySelectorAll('tr[data-year]');
            expect(years).toHaveLength(c.data.period.to - c.data.period.from + 1);
            for (const y of years) {
              const year = Number(y.getAttribute('data-year'));
              const expected = mine.filter((i) => i.data.recognitions.some((r: any) => r.year === year && LEVELS.indexOf(r.level) >= 2)).length;
              expect(Number(text(y.querySelector('td'))), `${c.slug} ${year}`).toBe(expected);
            }
          }
          if (target.metric === 'ty-le-ap-dung') {
            const applied = mine.filter((i) => ['dang-ap-dung', 'nhan-rong'].includes(i.data.status.state)).length;
            const cell = row!.querySelector('.progress-applied');
            expect(cell?.getAttribute('data-count')).toBe(String(applied));
            expect(cell?.getAttribute('data-total')).toBe(String(mine.length));
            expect(text(cell)).toContain(`${String(Math.round((applied / mine.length) * 1000) / 10).replace('.', ',')}%`);
          }
        }
        // The shipped content exercises both metrics.
        expect(campaigns.flatMap((x) => x.data.targets.map((t: any) => t.metric)).filter(Boolean)).toEqual(expect.arrayContaining(['thanh-pho-moi-nam', 'ty-le-ap-dung']));
      });

      it('shows the latest winners of the campaign and its plans, newest first, and links the honor roll', () => {
        const mine = initiativesOf(c);
        const links = doc.querySelectorAll('[data-latest-winners] .card__title a').map((a) => a.getAttribute('href'));
        expect(links).toHaveLength(Math.min(6, mine.length));
        const latest = (i: RawEntry) => i.data.recognitions.map((r: any) => iso(r.decisionDate)).sort().at(-1);
        const newest = mine.map(latest).sort().at(-1);
        for (const href of links) expect(mine.some((i) => `/sang-kien/${i.slug}/` === href), href).toBe(true);
        expect(latest(mine.find((i) => `/sang-kien/${i.slug}/` === links[0])!)).toBe(newest);
        expect(doc.querySelector('[data-latest-winners] a[href="/khen-thuong/"]')).not.toBeNull();
      });

      it('has a press kit: quotable facts, a citation with the canonical URL, credited photos that download, contact, last update', () => {
        const kit = doc.querySelector('[data-press-kit]');
        expect(kit).not.toBeNull();
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
        expect(canonical).toMatch(new RegExp(`${url}$`));
        expect(text(kit!.querySelector('.press-kit__cite'))).toContain(`“${c.data.title}”, ${c.data.organiser}. Mạng lưới sáng kiến Hà Nội, ${canonical} (truy cập ngày ${dmy(TODAY)}).`);
        const facts = kit!.querySelectorAll('.press-kit__facts li').map(text);
        expect(facts[0]).toContain(c.data.plan.number);
        const capital = initiativesOf(c).reduce((n, i) => n + i.data.recognitions.filter((r: any) => r.award === 'bang-sang-kien-thu-do').length, 0);
        expect(facts.join(' ')).toContain(`${initiativesOf(c).length} sáng kiến thuộc phong trào, trong đó ${capital} lần tặng`);
        const photos = kit!.querySelectorAll('.press-kit__photos li');
        expect(photos.length).toBeGreaterThan(0);
        for (const p of photos) {
          expect(p.querySelector('img')?.getAttribute('alt')).toBeTruthy();
          expect(text(p.querySelector('figcaption'))).toMatch(/Ảnh: \S/);
          const href = p.querySelector('a[download]')?.getAttribute('href');
          expect(href && existsSync(join(OUT, href)), href).toBe(true);
        }
        expect(text(kit)).toContain(c.data.pressContact.office);
        const dates = [
          iso(c.data.plan.date),
          ...c.data.milestones.map((m: any) => iso(m.date)),
          ...initiativesOf(c).flatMap((i) => [...i.data.recognitions.map((r: any) => iso(r.decisionDate)), iso(i.data.status.verifiedAt)]),
          ...readCollection(CONTENT, 'exhibitions').filter((e) => e.data.campaign === c.slug).map((e) => iso(e.data.openedAt)),
        ].filter((d) => d <= TODAY);
        expect(kit!.querySelector('[data-last-updated]')?.getAttribute('data-last-updated')).toBe(dates.sort().at(-1));
      });

      it('links its exhibitions and the plans it is part of or implemented by', () => {
        for (const e of readCollection(CONTENT, 'exhibitions').filter((x) => x.data.campaign === c.slug)) {
          expect(doc.querySelector(`a[href="/trien-lam/${e.slug}/"]`), e.slug).not.toBeNull();
        }
        if (c.data.parent) expect(doc.querySelector(`[data-fact-box] a[href="/phong-trao/${c.data.parent}/"]`)).not.toBeNull();
        for (const child of campaigns.filter((x) => x.data.parent === c.slug)) expect(doc.querySelector(`[data-fact-box] a[href="/phong-trao/${child.slug}/"]`)).not.toBeNull();
      });

      it('cites its sources (the seed documents)', () => {
        for (const s of c.data.sources) expect(text(doc.querySelector('main'))).toContain(s.title);
      });
    });
  }
});
