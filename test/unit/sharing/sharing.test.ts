/** Pure helpers behind sharing and open data: verification codes, JSON-LD, CSV, datapackage fields, feeds, redirects, the permalink guard, OG images. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { PNG } from 'pngjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertUniqueCodes, formatCode, normaliseCode, verificationCode } from '../../../src/lib/sharing/verification.ts';
import { breadcrumbList, initiativeLd, serializeJsonLd } from '../../../src/lib/sharing/structured-data.ts';
import { TABLES, tableCsv, type Row, type TableSpec } from '../../../src/lib/open-data/tables.ts';
import { namedAuthors } from '../../../src/lib/open-data/rows.ts';
import { jsonSchemaOf, schemaAt } from '../../../src/lib/open-data/json-schema.ts';
import { frictionlessType, tableFields } from '../../../src/lib/open-data/frictionless.ts';
import { parseCsv } from '../../../src/lib/text/csv.ts';
import { vi } from '../../../src/i18n/vi.ts';
import { recognitionItems } from '../../../src/lib/sharing/feeds.ts';
import { redirectsFileSchema, redirectsFile } from '../../../src/lib/routes/redirects.ts';
import { checkPermalinks, urlsFromFiles } from '../../../src/lib/routes/permalinks.ts';
import { OG_HEIGHT, OG_WIDTH, ogCacheFile, ogHash, renderOgPng } from '../../../src/lib/images/og-image.ts';
import { drawMissingCards } from '../../../src/lib/images/og-pool.ts';
import { expectedCode } from '../../helpers/verification-code.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { unitSchema } from '../../../src/schemas/unit.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';

const rec = { level: 'thanh-pho' as const, award: 'bang-khen' as const, decisionNumber: '3210/QĐ-UBND', decisionDate: '2022-03-13', issuer: 'UBND thành phố Hà Nội', year: 2021 };

describe('verification codes', () => {
  it('are the codes worked out by hand: sha256 of "id|level|number|date", first 40 bits in Crockford base32', () => {
    // `printf 'sang-kien-a|thanh-pho|3210/QĐ-UBND|2022-03-13' | sha256sum` starts 21cc1d4457: the bits
    // 00100 00111 00110 00001 11010 10001 00010 10111 are 4 7 6 1 t h 2 q.
    expect(verificationCode('sang-kien-a', rec)).toBe('4761th2q');
    expect(verificationCode('ban-do-so-quan-ly-ha-tang-ky-thuat', { level: 'co-so', decisionNumber: '17/QĐ-HĐSK', decisionDate: '2023-06-17' })).toBe('xdey6psy');
    // NFD text pasted from macOS, and spaces around the number, give the same code.
    expect(verificationCode('sang-kien-a', { ...rec, decisionNumber: ` ${rec.decisionNumber.normalize('NFD')} ` })).toBe('4761th2q');
  });

  it('match an independent implementation of the specification for any decision data (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aăđêôơư0123456789/-| QĐUBND'.split(''), 'e\u0301', 'o\u0323'), maxLength: 30 });
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(text, fc.constantFrom('co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'), text, date, (id, level, decisionNumber, decisionDate) => {
        const code = verificationCode(id, { level, decisionNumber, decisionDate });
        expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
        expect(code).toBe(expectedCode(id, level, decisionNumber, decisionDate));
      }),
    );
  });

  it('change with any decision field', () => {
    const code = verificationCode('sang-kien-a', rec);
    expect(verificationCode('sang-kien-b', rec)).not.toBe(code);
    expect(verificationCode('sang-kien-a', { ...rec, decisionNumber: '3211/QĐ-UBND' })).not.toBe(code);
    expect(verificationCode('sang-kien-a', { ...rec, decisionDate: '2022-03-14' })).not.toBe(code);
    expect(verificationCode('sang-kien-a', { ...rec, level: 'cap-huyen' })).not.toBe(code);
  });

  it('survive being printed and typed back (upper case, hyphen, O for 0)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (id, number) => {
        const code = verificationCode(id, { ...rec, decisionNumber: number });
        const printed = formatCode(code);
        expect(normaliseCode(printed)).toBe(code);
        expect(normaliseCode(printed.replace(/0/g, 'O').toLowerCase())).toBe(code);
      }),
    );
    expect(normaliseCode('abc')).toBeNull();
  });

  it('collisions fail loudly', () => {
    expect(() => assertUniqueCodes([{ code: 'aaaa0000', label: 'x' }, { code: 'aaaa0000', label: 'y' }])).toThrow(/collides/);
    expect(() => assertUniqueCodes([{ code: 'aaaa0000', label: 'x' }, { code: 'aaaa0001', label: 'y' }])).not.toThrow();
  });
});

describe('JSON-LD', () => {
  it('breadcrumbs start at home, number from 1, and end at the page itself', () => {
    const ld = breadcrumbList([{ label: 'Sáng kiến', href: '/sang-kien/' }, { label: 'X' }], 'https://s.example/sang-kien/x/', 'https://s.example');
    const items = ld.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[0]).toMatchObject({ name: 'Trang chủ', item: 'https://s.example/' });
    expect(items[2]!.item).toBe('https://s.example/sang-kien/x/');
  });

  it('an initiative has one award per recognition and is marked as demo data when invented', () => {
    const ld = initiativeLd({
      url: 'https://s.example/sang-kien/x/', title: 'T', summary: 'S', field: 'F', area: 'A',
      unit: { name: 'U', url: 'https://s.example/don-vi/u/' }, campaign: { name: 'C', url: 'https://s.example/phong-trao/c/' },
      recognitions: [{ ...rec, verifyUrl: 'v' }, { ...rec, level: 'co-so', award: 'giay-khen', decisionDate: '2021-06-01', verifyUrl: 'w' }], demo: true,
    });
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.award).toHaveLength(2);
    expect(ld.dateCreated).toBe('2021-06-01');
    expect(ld.disambiguatingDescription).toBe('Dữ liệu minh họa');
  });

  it('serialisation cannot close the script element', () => {
    const s = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('</script');
    expect(JSON.parse(s).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('open-data CSV', () => {
  const columns = [
    { name: 'a', path: 'a' },
    { name: 'b', path: 'b', list: true },
    { name: 'c', type: 'integer', description: 'C.' },
  ] as const;
  it('has a header of column names, then one line per row in column order; lists joined, missing cells empty', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.array(fc.string({ minLength: 1 }).filter((s) => !s.includes('; ')), { maxLength: 3 }), fc.integer())), (data) => {
        const rows: Row[] = data.map(([a, b, c]) => ({ c, b, a }));
        const parsed = parseCsv(tableCsv(columns, rows));
        expect(parsed[0]).toEqual(['a', 'b', 'c']);
        expect(parsed.slice(1)).toEqual(data.map(([a, b, c]) => [a, b.join('; '), String(c)]));
      }),
    );
    expect(parseCsv(tableCsv(columns, [{ a: 'Đống Đa, "Hà Nội"\nxã', b: ['x', 'y'], c: true }, { a: null }]))).toEqual([['a', 'b', 'c'], ['Đống Đa, "Hà Nội"\nxã', 'x; y', 'true'], ['', '', '']]);
  });

  it('names only authors who consented', () => {
    expect(namedAuthors([{ name: 'An', consent: true }, { name: 'Bình', consent: false }])).toEqual(['An']);
  });
});

describe('datapackage fields from the Zod schemas', () => {
  const vocab = new Map([['x', 'X']]);
  const schemas = {
    initiatives: jsonSchemaOf(initiativeSchema({ image: z.string(), fields: vocab, areas: vocab, today: '2026-11-23' })),
    units: jsonSchemaOf(unitSchema({ areas: vocab })),
    campaigns: jsonSchemaOf(campaignSchema({ areas: vocab })),
  };

  it('describes every column of every table: from the schema field, or from the column itself when it is derived or narrower', () => {
    for (const spec of TABLES) {
      const fields = tableFields(spec, schemas[spec.collection]);
      expect(fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
      for (const f of fields) expect(f.description, `${spec.name}.${f.name}`).not.toBe('');
    }
  });

  it('reads a column\'s description off its schema field (.meta), lets a column narrow it, and fails naming a column without one', () => {
    const schema = jsonSchemaOf(
      z.strictObject({
        a: z.string().meta({ title: 'A', description: 'Mô tả trường a.' }),
        b: z.array(z.string()).default([]).meta({ title: 'B', description: 'Mô tả trường b.' }),
        c: z.string().optional().meta({ title: 'C' }),
      }),
    );
    const spec = (columns: TableSpec['columns']): TableSpec => ({ name: 'units', file: 'thu', collection: 'units', columns });
    const [a, b, narrowed, derived] = tableFields(
      spec([{ name: 'a', path: 'a' }, { name: 'b', path: 'b', list: true }, { name: 'a_first', path: 'a', description: 'Riêng của cột.' }, { name: 'n', type: 'integer', description: 'Số.' }]),
      schema,
    );
    expect(a).toMatchObject({ name: 'a', type: 'string', description: 'Mô tả trường a.', constraints: { required: true } });
    expect(b).toEqual({ name: 'b', type: 'string', description: `Mô tả trường b. ${vi.sharing.data.listNote}` });
    expect(narrowed!.description).toBe('Riêng của cột.');
    expect(derived).toEqual({ name: 'n', type: 'integer', description: 'Số.', constraints: { required: true } });
    expect(() => tableFields(spec([{ name: 'c_col', path: 'c' }]), schema)).toThrow(/Cột c_col của bảng thu chưa có mô tả.*trường c\b/);
  });

  it('carries types, enums and requiredness from the schema', () => {
    const fields = new Map(tableFields(TABLES.find((t) => t.name === 'recognitions')!, schemas.initiatives).map((f) => [f.name, f]));
    expect(fields.get('decision_date')!.type).toBe('date');
    expect(fields.get('year')!.type).toBe('integer');
    expect(fields.get('demo')!.type).toBe('boolean');
    expect(fields.get('level')!.constraints!.enum).toEqual(['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do']);
    expect(fields.get('level')!.constraints!.required).toBe(true);
    expect(schemaAt(schemas.initiatives, 'status.note').required).toBe(false);
    expect(() => schemaAt(schemas.initiatives, 'phone')).toThrow(/no field/);
    expect(frictionlessType({ type: 'string', format: 'date' })).toBe('date');
  });
});

describe('feed items', () => {
  const items = [
    { id: 'a', data: { title: 'A', unitNameAtRecognition: 'U', recognitions: [rec, { ...rec, level: 'co-so' as const, award: 'giay-khen' as const, decisionDate: '2021-01-01' }] } },
    { id: 'b', data: { title: 'B', unitNameAtRecognition: 'U', recognitions: [{ ...rec, decisionDate: '2023-05-05' }] } },
  ];
  it('one per recognition, newest first, each linked to its own verification URL, cut at the limit', () => {
    const out = recognitionItems(items, (c) => `/xac-minh/${c}/`);
    expect(out.map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2023-05-04', '2022-03-12', '2020-12-31']);
    expect(new Set(out.map((i) => i.link)).size).toBe(3);
    expect(recognitionItems(items, (c) => c, 2)).toHaveLength(2);
  });
});

describe('redirects and the permalink guard', () => {
  it('rejects chains, loops and malformed paths', () => {
    expect(redirectsFileSchema.safeParse([{ from: '/a/', to: '/b/' }]).success).toBe(true);
    expect(redirectsFileSchema.safeParse([{ from: '/a/', to: '/a/' }]).success).toBe(false);
    expect(redirectsFileSchema.safeParse([{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/c/' }]).success).toBe(false);
    expect(redirectsFileSchema.safeParse([{ from: 'a', to: '/b/' }]).success).toBe(false);
    expect(redirectsFile([{ from: '/a/', to: '/b/' }], [{ prefix: '/xac-minh/', page: '/xac-minh/khong-tim-thay/' }])).toBe('/a/ /b/ 301\n/xac-minh/* /xac-minh/khong-tim-thay/ 404\n');
  });

  it('fails when a published URL disappears, passes once a redirect to an existing page is added', () => {
    const previous = ['/', '/sang-kien/cu/', '/sang-kien/khac/'];
    const current = ['/', '/sang-kien/moi/', '/sang-kien/khac/'];
    expect(checkPermalinks(previous, current, []).missing).toEqual(['/sang-kien/cu/']);
    expect(checkPermalinks(previous, current, [{ from: '/sang-kien/cu/', to: '/sang-kien/moi/' }]).ok).toBe(true);
    const broken = checkPermalinks(previous, current, [{ from: '/sang-kien/cu/', to: '/sang-kien/khong-co/' }]);
    expect(broken.ok).toBe(false);
    expect(broken.missing).toEqual(['/sang-kien/cu/']);
    expect(broken.brokenRedirects).toHaveLength(1);
  });

  it('lists pages and data files of a build, not assets, preview images or 404', () => {
    expect(urlsFromFiles(['index.html', 'sang-kien/x/index.html', '404.html', '_astro/a.css', 'du-lieu/sang-kien.csv', 'og/sang-kien/x.png', 'pagefind/pagefind.js', '_redirects'])).toEqual([
      '/', '/du-lieu/sang-kien.csv', '/sang-kien/x/',
    ]);
  });
});

describe('Open Graph images', () => {
  it('draws a 1200×630 PNG with Vietnamese text, cache key changes with the text', async () => {
    const card = { kicker: 'Sáng kiến', title: 'Điện mặt trời mái nhà ở Đống Đa', lines: ['Trường Tiểu học Bằng Lăng'], siteName: 'Mạng lưới sáng kiến Hà Nội' };
    const png = PNG.sync.read(Buffer.from(await renderOgPng(card)));
    expect([png.width, png.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(ogHash(card)).not.toBe(ogHash({ ...card, title: 'Điện mặt trời mái nhà ở Đông Anh' }));
  });
});

describe('drawing preview cards on worker threads', () => {
  it('draws only the cards missing from the cache, and fails the page of a card that cannot be drawn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    try {
      const card = (title: string) => ({ kicker: 'Sáng kiến', title, lines: ['Phường Ô Chợ Dừa'], siteName: 'Mạng lưới sáng kiến Hà Nội' });
      const a = card('Đèn đường tiết kiệm điện');
      const b = card('Sổ tay điện tử cho hội viên');
      const first = drawMissingCards([['a', a], ['b', b]], dir, 2);
      expect([...first.keys()]).toEqual(['a', 'b']);
      await Promise.all(first.values());
      expect(PNG.sync.read(readFileSync(ogCacheFile(a, dir))).width).toBe(OG_WIDTH);
      const drawn = statSync(ogCacheFile(b, dir)).mtimeMs;
      const broken = { ...card('Thẻ hỏng'), lines: undefined } as unknown as ReturnType<typeof card>;
      const second = drawMissingCards([['a', a], ['b', b], ['hong', broken]], dir, 1);
      expect([...second.keys()]).toEqual(['hong']);
      await expect(second.get('hong')).rejects.toThrow(/Không vẽ được ảnh xem trước hong/);
      expect(existsSync(ogCacheFile(broken, dir))).toBe(false);
      expect(statSync(ogCacheFile(b, dir)).mtimeMs).toBe(drawn);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
