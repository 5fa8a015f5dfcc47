/** Page marks: per mark, shared by every copy of the module in the process (Astro's page bundle and the config's). */
import { afterEach, describe, expect, it } from 'vitest';
import { clearMarks, hasMark, markedPages, markPage } from '../../../src/lib/routes/page-marks.ts';

/** The static pages with the robots tag, written out here: the 404 page and the unknown-code page. */
const STATIC = ['/404/', '/xac-minh/khong-tim-thay/'];

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
    expect(markedPages('noindex')).toEqual(['/404/', '/nhung/x2/', '/xac-minh/ab/', '/xac-minh/khong-tim-thay/']);
    clearMarks('noindex');
    expect(hasMark('noindex', '/xac-minh/ab/')).toBe(false);
    expect(markedPages('noindex'), 'the static pages stay marked').toEqual(STATIC);
  });

  it('is one record for separately loaded copies of the module', async () => {
    const specifier = '../../../src/lib/routes/page-marks.ts?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../../src/lib/routes/page-marks.ts');
    expect(copy.markPage).not.toBe(markPage);
    copy.markPage('noindex', '/sang-kien/thu-hoi/');
    expect(hasMark('noindex', '/sang-kien/thu-hoi/')).toBe(true);
  });
});
