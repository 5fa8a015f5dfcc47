/** Page cache keys (src/lib/routes/cache-keys.ts): stable under key order, records by their files' digests, sensitive to every value. */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cacheKey, stableJson } from '../../../src/lib/routes/cache-keys.ts';
import { generatedPaths } from '../../helpers/build.ts';

const entry = (collection: string, id: string, digest: string, data: object = {}) => ({ collection, id, digest, data, rendered: { html: '<p>long body</p>' } });

describe('stableJson', () => {
  it('sorts object keys, turns Maps, Sets and Dates into plain values, and drops undefined and functions', () => {
    expect(stableJson({ b: 1, a: [new Set([2]), new Map([['k', 3]])], d: new Date('2024-01-02T00:00:00Z'), u: undefined, f: () => 1 })).toBe(
      '{"a":[[2],[["k",3]]],"b":1,"d":"2024-01-02T00:00:00.000Z"}',
    );
  });

  it('writes a content entry as collection/id@digest and a resolved initiative as the digests of its files', () => {
    const unit = entry('units', 'u', 'du');
    const campaign = entry('campaigns', 'c', 'dc');
    const initiative = { id: 'i', entry: entry('initiatives', 'i', 'di'), unit, campaign, highest: { level: 'co-so' }, data: { title: 'T' } };
    expect(stableJson([unit])).toBe('["units/u@du"]');
    expect(stableJson({ items: [initiative] })).toBe('{"items":["initiative/i@di+du+dc+"]}');
    // A photo replaced under the same file name keeps the Markdown (and its digest) but not the built URL.
    const withPhoto = (url: string) => ({ ...initiative, entry: entry('initiatives', 'i', 'di', { media: [{ src: { src: url } }] }) });
    expect(stableJson(withPhoto('/_astro/anh.AAAA.jpg'))).toBe('"initiative/i@di+du+dc+/_astro/anh.AAAA.jpg"');
    expect(cacheKey(withPhoto('/_astro/anh.AAAA.jpg'))).not.toBe(cacheKey(withPhoto('/_astro/anh.BBBB.jpg')));
  });

  it('gives the same key for the same data in any key order, and another for any change', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (data, extra) => {
        const reversed = Object.fromEntries(Object.entries(data).reverse());
        expect(cacheKey(reversed)).toBe(cacheKey(data));
        const changed = { ...data, ['\u0000' + extra]: 1 };
        expect(cacheKey(changed)).not.toBe(cacheKey(data));
      }),
    );
    expect(cacheKey({ items: [entry('initiatives', 'a', 'x')] })).not.toBe(cacheKey({ items: [entry('initiatives', 'a', 'y')] }));
  });
});

describe('reading which pages a build rendered', () => {
  it('tells restored from rendered pages, also when concurrent rendering glues a timing to the next line', () => {
    const log = [
      '18:45:46   ├─ /dia-ban/long-bien/index.html18:45:46   ├─ /dia-ban/cau-giay/index.html (restored)',
      '18:45:46   ├─ /du-lieu/phong-trao.csv/ (+28ms)',
      '18:45:46   ├─ /don-vi/a/index.html (cached)',
      '\u001b[2m18:45:47\u001b[22m   \u001b[34m└─\u001b[39m \u001b[2m/og/sang-kien/a.png\u001b[22m \u001b[2m(restored)\u001b[22m',
    ].join('\n');
    const { rendered, restored } = generatedPaths(log);
    expect([...rendered].sort()).toEqual(['dia-ban/long-bien/index.html', 'du-lieu/phong-trao.csv']);
    expect([...restored].sort()).toEqual(['dia-ban/cau-giay/index.html', 'don-vi/a/index.html', 'og/sang-kien/a.png']);
  });
});

describe('cacheKey', () => {
  it('changes with the typography rules, which are applied to every page after it is written (so Astro does not see them)', async () => {
    const key = cacheKey({ page: 1 });
    vi.resetModules();
    vi.doMock('../../../src/lib/vietnamese/typography.ts?raw', () => ({ default: '// other rules' }));
    try {
      const other = await import('../../../src/lib/routes/cache-keys.ts');
      expect(other.cacheKey({ page: 1 })).not.toBe(key);
    } finally {
      vi.doUnmock('../../../src/lib/vietnamese/typography.ts?raw');
      vi.resetModules();
    }
    const same = await import('../../../src/lib/routes/cache-keys.ts');
    expect(same.cacheKey({ page: 1 })).toBe(key);
  });
});
