/** Page marks: per mark, shared by every copy of the module in the process (Astro's page bundle and the config's). */
import { afterEach, describe, expect, it } from 'vitest';
import { clearMarks, hasMark, markedPages, markPage } from '../../src/lib/page-marks.ts';

afterEach(() => {
  clearMarks('noindex');
});

describe('page marks', () => {
  it('records paths once, lists them sorted, and clears them', () => {
    markPage('noindex', '/xac-minh/ab/');
    markPage('noindex', '/xac-minh/ab/');
    markPage('noindex', '/nhung/x2/');
    expect(hasMark('noindex', '/xac-minh/ab/')).toBe(true);
    expect(hasMark('noindex', '/sang-kien/x/')).toBe(false);
    expect(markedPages('noindex')).toEqual(['/nhung/x2/', '/xac-minh/ab/']);
    clearMarks('noindex');
    expect(hasMark('noindex', '/xac-minh/ab/')).toBe(false);
    expect(markedPages('noindex')).toEqual([]);
  });

  it('is one record for separately loaded copies of the module', async () => {
    const specifier = '../../src/lib/page-marks.ts?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../src/lib/page-marks.ts');
    expect(copy.markPage).not.toBe(markPage);
    copy.markPage('noindex', '/sang-kien/thu-hoi/');
    expect(hasMark('noindex', '/sang-kien/thu-hoi/')).toBe(true);
  });
});
