/**
 * The statistics page (/so-lieu/) on the built site: every number in its tables, SVG labels and CSV files
 * equals a count made here directly from the content files (not through the site's data layer).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { CONTENT, TODAY, builtFile, exists, html, page, text } from '../helpers/built-site.ts';
import { publishedInitiatives, readCollection } from '../helpers/content-files.ts';
import { parseCsv } from '../../src/lib/text/csv.ts';

const URL = '/so-lieu/';
const LEVELS = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];
const published = publishedInitiatives(CONTENT, TODAY);
const units = new Map(readCollection(CONTENT, 'units').map((u) => [u.slug, u.data]));
const yamlList = (file: string) => parseYaml(readFileSync(join(CONTENT, file), 'utf8')) as { id: string; label: string; kind?: string }[];
const fields = yamlList('fields.yaml');
const areas = yamlList('areas.yaml');
const steps = published.flatMap((e) => e.data.recognitions as { level: string; award: string; year: number; decisionDate: string }[]);

const doc = page(URL);
/** The layout typesets text (" - " → " – "); compare names as written in the content files. */
const plain = (s: string) => s.replace(/ – /g, ' - ');
const num = (s: string) => Number(s.replace(/\./g, '').replace(/\s/g, ''));
const figure = (id: string) => {
  const f = doc.querySelector(`figure#${id}`);
  if (!f) throw new Error(`No figure #${id}`);
  return f;
};
/** Body rows of a chart's table as [row header text, href, ...cells text]. */
function tableRows(id: string): { head: string; href: string | undefined; cells: string[] }[] {
  return figure(id)
    .querySelectorAll('table tbody tr')
    .map((tr) => ({ head: text(tr.querySelector('th')), href: tr.querySelector('th a')?.getAttribute('href'), cells: tr.querySelectorAll('td').map((td) => text(td)) }));
}
/** data-id → the number written in its SVG group's `.value` label. */
function svgValues(id: string): Map<string, number> {
  const svg = figure(id).querySelector(`svg[data-svg="${id}"]`)!;
  return new Map(svg.querySelectorAll('g[data-id]').map((g: HTMLElement) => [g.getAttribute('data-id')!, num(text(g.querySelector('text.value')))]));
}
function csv(id: string): string[][] {
  const raw = readFileSync(builtFile(`/so-lieu/${id}.csv`), 'utf8');
  expect(raw.charCodeAt(0), `${id}.csv starts with a BOM`).toBe(0xfeff);
  // Outside quoted cells, every line ends with CRLF.
  expect(raw.replace(/"[^"]*"/g, ''), `${id}.csv line ends`).not.toMatch(/[^\r]\n|\r(?!\n)/);
  return parseCsv(raw);
}
const countBy = <T>(xs: T[], key: (x: T) => string) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());

describe('/so-lieu/', () => {
  it('exists, is linked from the main navigation, and ships no script', () => {
    expect(exists(URL)).toBe(true);
    expect(page('/').querySelector(`header nav a[href="${URL}"]`)).not.toBeNull();
    // Structured data (JSON-LD, from the layout) is data, not a script; nothing else may be a <script>.
    const scripts = html(URL).match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.filter((s) => !/type="application\/ld\+json"/.test(s))).toEqual([]);
  });

  it('gives every chart a figure, a title, a summary, an SVG named by them, a table and a CSV link', () => {
    const figures = doc.querySelectorAll('figure.chart');
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const f of figures) {
      const id = f.getAttribute('id')!;
      const svg = f.querySelector('svg[role="img"]')!;
      expect(svg, id).not.toBeNull();
      expect(text(doc.querySelector(`#${svg.getAttribute('aria-labelledby')}`)), id).not.toBe('');
      expect(text(doc.querySelector(`#${svg.getAttribute('aria-describedby')}`)), id).toMatch(/\d/);
      expect(f.querySelector('table caption'), id).not.toBeNull();
      expect(f.querySelectorAll('table th[scope="col"]').length, id).toBeGreaterThan(1);
      expect(f.querySelector(`a[href="/so-lieu/${id}.csv"]`), id).not.toBeNull();
      expect(exists(`/so-lieu/${id}.csv`), id).toBe(true);
    }
  });

  it('says when the data was last updated: the newest decision date', () => {
    const newest = steps.map((s) => String(s.decisionDate)).sort().at(-1)!;
    const [y, m, d] = newest.split('-').map(Number);
    const line = doc.querySelector('[data-updated]')!;
    expect(line.querySelector('time')?.getAttribute('datetime')).toBe(newest);
    expect(text(line)).toContain(`${d}/${m}/${y}`);
  });

  it('counts recognitions per year and level (table, SVG labels, CSV)', () => {
    const expected = new Map<string, number[]>();
    for (const s of steps) {
      const row = expected.get(String(s.year)) ?? [0, 0, 0, 0];
      row[LEVELS.indexOf(s.level)]! += 1;
      expected.set(String(s.year), row);
    }
    const rows = tableRows('theo-nam-va-cap');
    expect(rows.map((r) => r.head)).toEqual([...expected.keys()].sort());
    for (const r of rows) {
      const want = expected.get(r.head)!;
      expect(r.cells.map(num), r.head).toEqual([...want, want.reduce((a, b) => a + b, 0)]);
      expect(r.href).toBe(`/nam/${r.head}/`);
    }
    const svg = figure('theo-nam-va-cap').querySelector('svg')!;
    for (const [year, want] of expected) {
      const g = svg.querySelector(`g[data-id="${year}"]`)!;
      expect(num(text(g.querySelector('text.value'))), year).toBe(want.reduce((a, b) => a + b, 0));
      for (const seg of g.querySelectorAll('g[data-series]')) {
        const label = seg.querySelector('text');
        if (label) expect(num(text(label)), `${year} ${seg.getAttribute('data-series')}`).toBe(want[LEVELS.indexOf(seg.getAttribute('data-series')!)]);
      }
    }
    const file = csv('theo-nam-va-cap');
    expect(file.slice(1, -1).map((r) => [r[0], ...r.slice(1).map(Number)])).toEqual(rows.map((r) => [r.head, ...r.cells.map(num)]));
    expect(Number(file.at(-1)!.at(-1))).toBe(steps.length);
  });

  it('counts initiatives per field, per area and per holder', () => {
    const cases = [
      { id: 'theo-linh-vuc', list: fields, key: 'field', href: (x: string) => `/linh-vuc/${x}/`, zeros: true },
      { id: 'theo-dia-ban', list: areas, key: 'area', href: (x: string) => `/dia-ban/${x}/`, zeros: false },
    ];
    for (const c of cases) {
      const counts = countBy(published, (e) => String(e.data[c.key]));
      const want = c.list.filter((l) => c.zeros || counts.has(l.id)).map((l) => ({ id: l.id, label: l.label, value: counts.get(l.id) ?? 0 }));
      const rows = tableRows(c.id);
      expect(new Map(rows.map((r) => [r.head, num(r.cells[0]!)])), c.id).toEqual(new Map(want.map((w) => [w.label, w.value])));
      expect(rows.map((r) => num(r.cells[0]!)), `${c.id} ranked`).toEqual([...rows.map((r) => num(r.cells[0]!))].sort((a, b) => b - a));
      for (const w of want) expect(rows.find((r) => r.head === w.label)!.href).toBe(c.href(w.id));
      expect(svgValues(c.id)).toEqual(new Map(want.map((w) => [w.id, w.value])));
      expect(new Map(csv(c.id).slice(1, -1).map((r) => [r[0], Number(r[2])]))).toEqual(new Map(want.map((w) => [w.id, w.value])));
    }
    const holders = countBy(published, (e) => String(e.data.holder));
    expect(svgValues('ca-nhan-tap-the')).toEqual(new Map([['ca-nhan', holders.get('ca-nhan') ?? 0], ['tap-the', holders.get('tap-the') ?? 0]]));
    expect(tableRows('ca-nhan-tap-the').map((r) => num(r.cells[0]!)).reduce((a, b) => a + b, 0)).toBe(published.length);
  });

  it('counts awards, one per step', () => {
    const counts = countBy(steps, (s) => s.award);
    const shown = svgValues('theo-hinh-thuc');
    expect([...shown.values()].reduce((a, b) => a + b, 0)).toBe(steps.length);
    for (const [award, n] of shown) expect(n, award).toBe(counts.get(award) ?? 0);
    expect(new Map(csv('theo-hinh-thuc').slice(1, -1).map((r) => [r[0], Number(r[2])]))).toEqual(shown);
  });

  it('counts statuses and those verified in the 12 months before the build date', () => {
    const days = (d: string) => (Date.parse(TODAY) - Date.parse(String(d))) / 86_400_000;
    const want = new Map<string, [number, number]>();
    for (const e of published) {
      const cur = want.get(e.data.status.state) ?? [0, 0];
      cur[0] += 1;
      if (days(e.data.status.verifiedAt) <= 365) cur[1] += 1;
      want.set(e.data.status.state, cur);
    }
    const file = csv('theo-tinh-trang');
    for (const r of file.slice(1, -1)) expect([Number(r[2]), Number(r[3])], r[0]).toEqual(want.get(r[0]!) ?? [0, 0]);
    expect(svgValues('theo-tinh-trang')).toEqual(new Map(file.slice(1, -1).map((r) => [r[0], Number(r[2])])));
    const recent = [...want.values()].reduce((s, [, v]) => s + v, 0);
    expect(text(figure('theo-tinh-trang').querySelector('.chart__summary'))).toContain(`${recent} sáng kiến (${Math.round((recent / published.length) * 1000) / 10}%`.replace('.', ','));
  });

  it('shows the replication network: units and areas per initiative, in the diagram, the table, the list and the CSV', () => {
    const want = new Map(
      published
        .filter((e) => (e.data.status.replicatedBy ?? []).length > 0)
        .map((e) => {
          const ids = [...new Set(e.data.status.replicatedBy as string[])];
          return [e.slug, { units: ids.length, areas: new Set(ids.map((u) => units.get(u)!.area)).size, names: ids.map((u) => units.get(u)!.name as string) }];
        }),
    );
    expect(want.size).toBeGreaterThan(0);
    const rows = tableRows('nhan-rong');
    expect(new Map(rows.map((r) => [r.href, [num(r.cells[0]!), num(r.cells[1]!)]]))).toEqual(new Map([...want].map(([id, w]) => [`/sang-kien/${id}/`, [w.units, w.areas]])));
    const counts = rows.map((r) => num(r.cells[0]!));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const svg = figure('nhan-rong').querySelector('svg[data-svg="nhan-rong"]')!;
    const drawn = svg.querySelectorAll('g[data-id]');
    expect(drawn.length).toBe(Math.min(15, want.size));
    for (const g of drawn) {
      const w = want.get(g.getAttribute('data-id')!)!;
      expect(g.querySelectorAll('circle').length).toBe(w.units);
      expect(text(g.querySelector('text.value'))).toBe(`${w.units} đơn vị · ${w.areas} địa bàn`);
    }
    const list = figure('nhan-rong').querySelectorAll('[data-network-list] > li');
    expect(list.length).toBe(want.size);
    for (const li of list) {
      const w = want.get(li.getAttribute('data-id')!)!;
      expect(li.querySelectorAll('a[href^="/don-vi/"]').map((a) => plain(text(a))).sort()).toEqual([...w.names].sort());
    }
    for (const r of csv('nhan-rong').slice(1)) expect(r[4]!.split('; ').sort(), r[0]).toEqual([...want.get(r[0]!)!.names].sort());
  });

  it("draws the Long Biên plan's city-level recognitions per year against its 3–5 target (Plan 19/KH-HĐTĐKT)", () => {
    const campaigns = readCollection(CONTENT, 'campaigns');
    const campaign = campaigns.find((c) => c.slug === 'long-bien-2021-2025')!;
    const family = new Set([campaign.slug, ...campaigns.filter((c) => c.data.parent === campaign.slug).map((c) => c.slug)]);
    const target = (campaign.data.targets as { value: string; source: string; metric?: string }[]).find((t) => t.metric === 'thanh-pho-moi-nam')!;
    const want = new Map<string, number>();
    for (let y = campaign.data.period.from; y <= campaign.data.period.to; y++) want.set(String(y), 0);
    // An initiative of the plan counts in every round year in which it has a step at city level or above.
    for (const e of published.filter((e) => family.has(e.data.campaign))) {
      const years = new Set((e.data.recognitions as { level: string; year: number }[]).filter((r) => r.level === 'thanh-pho' || r.level === 'sang-kien-thu-do').map((r) => String(r.year)));
      for (const y of years) if (want.has(y)) want.set(y, want.get(y)! + 1);
    }
    expect([...want.values()].some((v) => v > 0)).toBe(true);
    const id = 'tien-do-long-bien-2021-2025';
    expect(svgValues(id)).toEqual(want);
    const rows = tableRows(id);
    expect(new Map(rows.map((r) => [r.head, num(r.cells[0]!)]))).toEqual(want);
    for (const r of rows) expect(r.cells[2]).toBe(num(r.cells[0]!) >= 3 ? 'Đạt' : 'Chưa đạt');
    expect(text(figure(id))).toContain(target.source);
    expect(text(figure(id).querySelector('svg'))).toContain(target.value);
    const met = [...want.values()].filter((v) => v >= 3).length;
    expect(text(figure(id).querySelector('.chart__summary'))).toContain(`trong ${met} trên ${want.size} năm`);
  });

  it('serves each CSV with the same rows as its table', () => {
    for (const f of doc.querySelectorAll('figure.chart')) {
      const id = f.getAttribute('id')!;
      const headers = f.querySelectorAll('thead th').map((th) => text(th));
      const file = csv(id);
      // CSV-only columns (machine ids, unit lists) are extra; every table header is in the CSV, in order.
      const idx = headers.map((h) => file[0]!.indexOf(h));
      expect(idx.every((i) => i >= 0), id).toBe(true);
      const rows = tableRows(id);
      const csvRows = file.length - 1 - (f.querySelector('tfoot') ? 1 : 0);
      // Long tables are cut on the page (and say so); the CSV has every row.
      if (text(f).includes('tệp CSV có đủ tất cả')) expect(csvRows, id).toBeGreaterThan(rows.length);
      else expect(csvRows, id).toBe(rows.length);
      rows.forEach((r, n) => {
        const line = file[n + 1]!;
        expect([r.head, ...r.cells].map((c) => c.replace(/\./g, '')), id).toEqual(idx.map((i) => line[i]!.replace(/\./g, '')));
      });
    }
  });
});
