/** The noindex record: shared by every copy of the module in the process (Astro's page bundle and the config's). */
import { afterEach, describe, expect, it } from 'vitest';
import { isNoindex, markNoindex, noindexCount, resetNoindex } from '../../src/lib/noindex.ts';

afterEach(() => resetNoindex());

describe('noindex record', () => {
  it('records paths, answers for them only, and starts again empty', () => {
    markNoindex('/xac-minh/abc/');
    markNoindex('/xac-minh/abc/');
    markNoindex('/nhung/sang-kien/x/');
    expect(isNoindex('/xac-minh/abc/')).toBe(true);
    expect(isNoindex('/sang-kien/x/')).toBe(false);
    expect(noindexCount()).toBe(2);
    resetNoindex();
    expect(isNoindex('/xac-minh/abc/')).toBe(false);
    expect(noindexCount()).toBe(0);
  });

  it('is one record for separately loaded copies of the module', async () => {
    const specifier = '../../src/lib/noindex.ts?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../src/lib/noindex.ts');
    expect(copy.markNoindex).not.toBe(markNoindex);
    copy.markNoindex('/sang-kien/thu-hoi/');
    expect(isNoindex('/sang-kien/thu-hoi/')).toBe(true);
  });
});
