/**
 * Yearly reviews, the tile map and the facet trends on the built site. Every figure is recounted here from the
 * content files (not through the site's data layer) and compared with what the pages print; the sentence that
 * states the change from the year before is written out here independently.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { CONTENT, TODAY, builtFile, exists, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection, type RawEntry } from '../helpers/content-files.ts';
import { parseCsv } from '../../src/lib/text/csv.ts';

interface Step { level: string; award: string; year: number; decisionNumber: string; decisionDate: string }
interface Area { id: string; label: string; kind: string; short?: string; tile?: { row: number; col: number } }

const CITY_OR_ABOVE = new Set(['thanh-pho', 'sang-kien-thu-do']);
const APPLIED = new Set(['dang-ap-dung', 'nhan-rong']);
const published = publishedInitiatives(CONTENT, TODAY);
const campaigns = readCollection(CONTENT, 'campaigns');
const units = readCollection(CONTENT, 'units');
const areas = parseYaml(readFileSync(join(CONTENT, 'areas.yaml'), 'utf8')) as Area[];
const fields = parseYaml(readFileSync(join(CONTENT, 'fields.yaml'), 'utf8')) as { id: string }[];
const steps = (e: RawEntry) => e.data.recognitions as Step[];
const num = (s: string) => Number(s.replace(/\./g, '').replace(/\s/g, ''));
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The campaign and every plan whose parent chain reaches it. */
function family(id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of campaigns) if (c.data.parent && ids.has(c.data.parent) && !ids.has(c.slug)) (ids.add(c.slug), (grew = true));
  }
  return ids;
}

/** What a review of years from…to of a campaign should print, counted from the files. */
function expected(c: RawEntry, from: number, to: number) {
  const ids = family(c.slug);
  const inYears = (s: Step) => s.year >= from && s.year <= to;
  const items = published.filter((e) => ids.has(e.data.campaign) && steps(e).some(inYears));
  const cityWide = areas.find((a) => a.id === c.data.area)?.kind === 'toan-thanh-pho';
  const model = units.filter((u) => cityWide || u.data.area === c.data.area).flatMap((u) => ((u.data.modelRecognitions ?? []) as { year: number }[]).filter((m) => m.year >= from && m.year <= to).map(() => u));
  const applied = items.filter((e) => APPLIED.has(e.data.status.state) && days(String(e.data.status.verifiedAt), TODAY) >= 0 && days(String(e.data.status.verifiedAt), TODAY) <= 365);
  return {
    items,
    figures: {
      initiatives: items.length,
      recognitions: items.reduce((n, e) => n + steps(e).filter(inYears).length, 0),
      cityLevel: items.filter((e) => steps(e).some((s) => inYears(s) && CITY_OR_ABOVE.has(s.level))).length,
      capitalAward: items.reduce((n, e) => n + steps(e).filter((s) => inYears(s) && s.award === 'bang-sang-kien-thu-do').length, 0),
      units: new Set(items.map((e) => e.data.unit)).size,
      modelUnits: new Set(model.map((u) => u.slug)).size,
    } as Record<string, number>,
    winners: items.flatMap((e) => steps(e).filter((s) => inYears(s) && CITY_OR_ABOVE.has(s.level)).map((s) => `${e.slug} ${s.decisionNumber}`)).sort(),
    applied: applied.length,
    demo: items.filter((e) => e.data.demo === true).length + model.filter((u) => u.data.demo === true).length,
    byArea: items.reduce((m, e) => m.set(e.data.area, (m.get(e.data.area) ?? 0) + 1), new Map<string, number>()),
  };
}

const NOUNS: Record<string, string> = {
  initiatives: 'sáng kiến được công nhận',
  recognitions: 'lượt công nhận',
  cityLevel: 'sáng kiến được công nhận cấp thành phố trở lên',
  capitalAward: 'Bằng “Sáng kiến Thủ đô”',
  units: 'đơn vị có sáng kiến được công nhận',
  modelUnits: 'đơn vị điển hình mới',
};
const percent = (r: number) => `${String(Math.round(r * 1000) / 10).replace('.', ',')}%`;
/** The change sentence, written out independently of src/lib/stats/review.ts. */
function sentence(key: string, year: number, now: number, before: number | undefined): string {
  const head = `Năm ${year}: ${now} ${NOUNS[key]}`;
  if (before === undefined) return `${head}; đây là năm đầu của giai đoạn, không có năm trước để so sánh.`;
  if (now === before) return `${head}, không đổi so với năm ${year - 1}.`;
  const word = now > before ? 'tăng' : 'giảm';
  const ratio = before === 0 ? '' : `, tức ${word} ${percent(Math.abs(now - before) / before)}`;
  return `${head}, ${word} ${Math.abs(now - before)} so với năm ${year - 1} (${before})${ratio}.`;
}

/** The tiles of a map on a page: id → value, shade and position. */
function tiles(doc: HTMLElement, mapId = 'ban-do') {
  const map = doc.querySelector(`[data-tile-map="${mapId}"]`);
  if (!map) throw new Error(`no map #${mapId}`);
  return new Map(
    map.querySelectorAll('g[data-tile]').map((g) => {
      const rect = g.querySelector('rect')!;
      const named = g.querySelector('[aria-label]')!;
      return [g.getAttribute('data-tile')!, { value: Number(g.getAttribute('data-value')), shade: Number(g.getAttribute('data-shade')), label: named.getAttribute('aria-label')!, href: g.querySelector('a')?.getAttribute('href') ?? null, x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), short: text(named.querySelector('.tile__short')), written: num(text(g.querySelector('.tile__value'))) }];
    }),
  );
}

/** Every tile of the map shows the count of its area, sits where areas.yaml puts it relative to the others, and shades monotonically. */
function checkMap(doc: HTMLElement, counts: Map<string, number>) {
  const drawn = tiles(doc);
  const tiled = areas.filter((a) => a.tile);
  expect([...drawn.keys()].sort()).toEqual(tiled.map((a) => a.id).sort());
  for (const a of tiled) {
    const t = drawn.get(a.id)!;
    const n = counts.get(a.id) ?? 0;
    expect(t.value, a.id).toBe(n);
    expect(t.written, a.id).toBe(n);
    expect(t.short).toBe(a.short);
    expect(t.label).toBe(`${a.label} – ${a.short}: ${n} sáng kiến`);
    // Areas with initiatives link to their page; the others have no page to link to.
    expect(t.href).toBe(n > 0 ? `/dia-ban/${a.id}/` : null);
    if (n === 0) expect(t.shade, a.id).toBe(0);
  }
  for (const a of tiled) {
    for (const b of tiled) {
      const ta = drawn.get(a.id)!;
      const tb = drawn.get(b.id)!;
      expect(Math.sign(ta.x - tb.x), `${a.id}/${b.id} columns`).toBe(Math.sign(a.tile!.col - b.tile!.col));
      expect(Math.sign(ta.y - tb.y), `${a.id}/${b.id} rows`).toBe(Math.sign(a.tile!.row - b.tile!.row));
      if (ta.value > tb.value) expect(ta.shade, `${a.id} ≥ ${b.id}`).toBeGreaterThanOrEqual(tb.shade);
    }
  }
  // The table beside it: the areas that have initiatives, with the same counts.
  const rows = doc.querySelectorAll('[data-tile-table] tbody tr').map((tr) => [tr.getAttribute('data-area')!, num(text(tr.querySelector('td')))] as const);
  expect(new Map(rows)).toEqual(new Map(tiled.filter((a) => (counts.get(a.id) ?? 0) > 0).map((a) => [a.id, counts.get(a.id)!])));
  const city = areas.find((a) => a.kind === 'toan-thanh-pho')!;
  const cityCount = counts.get(city.id) ?? 0;
  expect(Number(doc.querySelector('[data-city-count]')?.getAttribute('data-city-count') ?? 0)).toBe(cityCount);
}

describe('yearly reviews', () => {
  const reviews = campaigns.flatMap((c) => {
    const { from, to } = c.data.period as { from: number; to: number };
    return [{ c, year: undefined as number | undefined, from, to }, ...Array.from({ length: to - from + 1 }, (_, k) => ({ c, year: from + k, from: from + k, to: from + k }))];
  });

  it('exist for every campaign: the whole period and each year of it, linked from the campaign page', () => {
    for (const { c, year } of reviews) expect(exists(`/phong-trao/${c.slug}/tong-ket/${year === undefined ? '' : `${year}/`}`), `${c.slug} ${year}`).toBe(true);
    for (const c of campaigns) {
      const links = page(`/phong-trao/${c.slug}/`).querySelectorAll('[data-reviews] a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`/phong-trao/${c.slug}/tong-ket/`);
      expect(links).toContain(`/phong-trao/${c.slug}/tong-ket/${c.data.period.to}/`);
    }
  });

  for (const { c, year, from, to } of reviews) {
    const url = `/phong-trao/${c.slug}/tong-ket/${year === undefined ? '' : `${year}/`}`;
    it(`${url}: figures, change sentences, winners, replication, demo label and map recounted from the files`, () => {
      const doc = page(url);
      const want = expected(c, from, to);
      const shown = Object.fromEntries(doc.querySelectorAll('[data-key-figures] tbody tr').map((tr) => [tr.getAttribute('data-figure')!, num(text(tr.querySelector('td')))]));
      expect(shown).toEqual(want.figures);

      // The title block names the plan and the as-of date.
      expect(text(doc.querySelector('[data-fact="plan"]'))).toContain(c.data.plan.number);
      expect(doc.querySelector('[data-as-of]')?.getAttribute('data-as-of')).toBe(TODAY);

      if (year !== undefined) {
        const before = year > c.data.period.from ? expected(c, year - 1, year - 1).figures : undefined;
        const sentences = Object.fromEntries(doc.querySelectorAll('[data-change]').map((li) => [li.getAttribute('data-change')!, text(li)]));
        expect(Object.keys(sentences).sort()).toEqual(Object.keys(NOUNS).sort());
        for (const key of Object.keys(NOUNS)) expect(sentences[key]).toBe(sentence(key, year, want.figures[key]!, before?.[key]));
      } else {
        const perYear = Object.fromEntries(doc.querySelectorAll('[data-year-change]').map((li) => [li.getAttribute('data-year-change')!, text(li)]));
        for (let y = from; y <= to; y++) {
          const now = expected(c, y, y).figures;
          const before = y > from ? expected(c, y - 1, y - 1).figures : undefined;
          expect(perYear[y]).toBe(sentence('initiatives', y, now.initiatives!, before?.initiatives));
          const row = doc.querySelector(`[data-years] tr[data-year="${y}"]`)!;
          for (const key of Object.keys(NOUNS)) expect(Number(row.querySelector(`td[data-figure="${key}"]`)?.getAttribute('data-value')), `${y} ${key}`).toBe(now[key]);
        }
      }

      const winners = doc.querySelectorAll('[data-winner]').map((tr) => `${tr.getAttribute('data-winner')} ${tr.getAttribute('data-decision')}`).sort();
      expect(winners).toEqual(want.winners);
      const rep = doc.querySelector('[data-replication]')!;
      expect(Number(rep.getAttribute('data-applied'))).toBe(want.applied);
      expect(Number(rep.getAttribute('data-total'))).toBe(want.items.length);

      // Demo records are counted only with the label shown.
      if (want.demo > 0) {
        expect(doc.querySelector('.demo-banner')).not.toBeNull();
        expect(Number(doc.querySelector('[data-demo-records]')?.getAttribute('data-demo-records'))).toBe(want.demo);
      }
      checkMap(doc, want.byArea);
    });
  }

  it('states a per-year target of a district plan against its source, year by year', () => {
    const district = campaigns.find((c) => areas.find((a) => a.id === c.data.area)?.kind !== 'toan-thanh-pho' && (c.data.targets ?? []).some((t: { metric?: string }) => t.metric === 'thanh-pho-moi-nam'))!;
    const doc = page(`/phong-trao/${district.slug}/tong-ket/`);
    const row = doc.querySelector('[data-targets] tr[data-metric="thanh-pho-moi-nam"]')!;
    const target = district.data.targets.find((t: { metric?: string }) => t.metric === 'thanh-pho-moi-nam');
    expect(text(row)).toContain(target.source);
    for (let y = district.data.period.from; y <= district.data.period.to; y++) {
      expect(Number(row.querySelector(`[data-target-year="${y}"]`)?.getAttribute('data-count')), String(y)).toBe(expected(district, y, y).figures.cityLevel);
    }
  });
});

describe('the tile map', () => {
  const all = published.reduce((m, e) => m.set(e.data.area, (m.get(e.data.area) ?? 0) + 1), new Map<string, number>());
  for (const url of ['/so-lieu/', '/dia-ban/']) {
    it(`${url}: one tile per area of areas.yaml with its count, placed as the file says`, () => checkMap(page(url), all));
  }
});

describe('trends on field and area pages', () => {
  const years = published.flatMap((e) => steps(e).map((s) => s.year));
  const span = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, k) => Math.min(...years) + k);
  const cases = [
    ...fields.map((f) => ({ kind: 'linh-vuc', id: f.id, items: published.filter((e) => e.data.field === f.id) })),
    ...areas.map((a) => ({ kind: 'dia-ban', id: a.id, items: published.filter((e) => e.data.area === a.id) })),
  ].filter((c) => c.items.length > 0);

  for (const { kind, id, items } of cases) {
    it(`/${kind}/${id}/: recognitions per year, as text and as CSV`, () => {
      const perYear = span.map((y) => [String(y), items.reduce((n, e) => n + steps(e).filter((s) => s.year === y).length, 0)] as const);
      const figure = page(`/${kind}/${id}/`).querySelector('figure#theo-nam')!;
      expect(figure).not.toBeNull();
      expect(figure.querySelectorAll('table tbody tr').map((tr) => [text(tr.querySelector('th')), num(text(tr.querySelector('td')))])).toEqual(perYear.map(([y, n]) => [y, n]));
      // The numbers are written on the chart too, not only in the table.
      const drawn = new Map(figure.querySelectorAll('svg g[data-id]').map((g) => [g.getAttribute('data-id'), num(text(g.querySelector('text.value')))]));
      expect(drawn).toEqual(new Map(perYear));
      expect(figure.querySelector(`a[href="/${kind}/${id}/theo-nam.csv"]`)).not.toBeNull();
      const csv = parseCsv(readFileSync(builtFile(`/${kind}/${id}/theo-nam.csv`), 'utf8'));
      expect(csv.slice(1, -1)).toEqual(perYear.map(([y, n]) => [y, String(n)]));
    });
  }
});
