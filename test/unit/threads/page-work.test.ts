/**
 * The page work done on a worker thread while the build renders other pages (`src/lib/threads/page-work.ts`):
 * whatever thread does it, a page's typography and QR codes are the very strings the functions give on the main
 * thread.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { typesetHtml } from '../../../src/lib/vietnamese/typography.ts';
import { qrSvg } from '../../../src/lib/images/qr.ts';

describe('page work on the page thread', () => {
  it('typesets and draws QR codes exactly as the main thread does', async () => {
    const previous = process.env.PAGE_THREADS;
    process.env.PAGE_THREADS = '1'; // a thread whatever the machine (decided at the first job)
    try {
      const { qrCode, typesetPage } = await import('../../../src/lib/threads/page-work.ts');
      const pieces = ['<p>', '</p>', '<b>', '</b>', '<span class="nowrap">', '</span>', '<code>', '</code>', 'Sáng kiến', ' ', '"', ' - ', '2021-2025', '15', ' tỷ', ' %', 'số ', '04/KH-HĐTĐKT', 'Bằng khen', '&quot;', 'Hòa'.normalize('NFD')];
      const pages = fc.sample(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')), 200);
      expect(await Promise.all(pages.map(typesetPage))).toEqual(pages.map(typesetHtml));
      const urls = fc.sample(fc.webUrl(), 20);
      expect(await Promise.all(urls.map((u) => qrCode(u, { title: `Mã "${u}"` })))).toEqual(urls.map((u) => qrSvg(u, { title: `Mã "${u}"` })));
      expect(await qrCode('https://a.example/')).toBe(qrSvg('https://a.example/'));
    } finally {
      if (previous === undefined) delete process.env.PAGE_THREADS;
      else process.env.PAGE_THREADS = previous;
    }
  });

  it('has one thread per core but the first unless PAGE_THREADS says otherwise (0: the calling thread)', async () => {
    const { pageThreads } = await import('../../../src/lib/threads/page-work.ts');
    expect(pageThreads({}, 2)).toBe(1);
    expect(pageThreads({}, 8)).toBe(7);
    expect(pageThreads({}, 1)).toBe(0);
    expect(pageThreads({ PAGE_THREADS: '0' }, 8)).toBe(0);
    expect(pageThreads({ PAGE_THREADS: '3' }, 2)).toBe(3);
    expect(pageThreads({ PAGE_THREADS: 'nhiều' }, 4)).toBe(3);
  });
});
