/** Page marks: per mark, shared by every copy of the module in the process (Astro's page bundle and the config's). */
import { afterEach, describe, expect, it } from 'vitest';
import { clearMarks, hasMark, markedPages, markPage } from '../../src/lib/page-marks.ts';

afterEach(() => {
  clearMarks('noindex');
  clearMarks('search');
});

describe('page marks', () => {
  it('records paths per mark, lists them sorted, and clears one mark without the other', () => {
    markPage('noindex', '/xac-minh/abc/');
    markPage('noindex', '/xac-minh/abc/');
    markPage('noindex', '/nhung/sang-kien/x/');
    markPage('search', '/sang-kien/x/');
    expect(hasMark('noindex', '/xac-minh/abc/')).toBe(true);
    expect(hasMark('noindex', '/sang-kien/x/')).toBe(false);
    expect(hasMark('search', '/sang-kien/x/')).toBe(true);
    expect(markedPages('noindex')).toEqual(['/nhung/sang-kien/x/', '/xac-minh/abc/']);
    clearMarks('noindex');
    expect(hasMark('noindex', '/xac-minh/abc/')).toBe(false);
    expect(markedPages('noindex')).toEqual([]);
    expect(markedPages('search')).toEqual(['/sang-kien/x/']);
  });

  it('is one record for separately loaded copies of the module', async () => {
    const specifier = '../../src/lib/page-marks.ts?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../src/lib/page-marks.ts');
    expect(copy.markPage).not.toBe(markPage);
    copy.markPage('noindex', '/sang-kien/thu-hoi/');
    expect(hasMark('noindex', '/sang-kien/thu-hoi/')).toBe(true);
  });
});
