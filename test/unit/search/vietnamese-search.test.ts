/**
 * Both tone-mark placements find the same records in the real search engine: pages rendered the way
 * the site renders them (typesetHtml), indexed with Pagefind's Node API, searched with Pagefind's
 * own client (pagefind.js, run in Node against the tests' static server; no browser needed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { typesetHtml } from '../../../src/lib/vietnamese/typography.ts';
import { serveStatic, type RunningServer } from '../../helpers/static-server.ts';

const RECORDS: Record<string, string> = {
  '/hoa-binh-classic/': 'Sáng kiến của tỉnh Hòa Bình về thủy lợi nội đồng',
  '/hoa-binh-modern/': 'Câu lạc bộ hoà bình xanh và công trình thuỷ lợi',
  '/hoa-binh-nfd/': 'Tổ hòa giải ở cơ sở'.normalize('NFD'),
  '/khong-lien-quan/': 'Điện mặt trời mái nhà',
};

let dir: string;
let server: RunningServer;
let search: (q: string) => Promise<string[]>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlsk-search-'));
  const { index, errors } = await pagefind.createIndex({});
  expect(errors).toEqual([]);
  for (const [url, title] of Object.entries(RECORDS)) {
    const html = `<!doctype html><html lang="vi"><head><title>${title}</title></head><body>${typesetHtml(`<main data-pagefind-body><h1>${title}</h1></main>`)}</body></html>`;
    const r = await index!.addHTMLFile({ url, content: html });
    expect(r.errors).toEqual([]);
  }
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  server = await serveStatic(dir);
  const client = await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href);
  await client.options({ basePath: `${server.url}/pagefind/` });
  search = async (q) => {
    const found = await client.search(q);
    const data = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => new URL(d.url).pathname).sort();
  };
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search treats both tone-mark placements as the same word', () => {
  it.each([
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['hoà giải', 'hòa giải'],
  ])('"%s" and "%s" find the same records', async (modern, classic) => {
    const a = await search(modern);
    const b = await search(classic);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect(a).not.toContain('/khong-lien-quan/');
  });

  it('finds records written in either placement, and an NFD record with an NFC query', async () => {
    expect(await search('hòa bình')).toEqual(['/hoa-binh-classic/', '/hoa-binh-modern/']);
    expect(await search('thủy lợi')).toEqual(['/hoa-binh-classic/', '/hoa-binh-modern/']);
    expect(await search('hòa giải')).toEqual(['/hoa-binh-nfd/']);
  });
});
