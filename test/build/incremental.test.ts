/**
 * Incremental builds (`experimental.incrementalBuild`, keys from `src/lib/routes/page-data.ts`), on a copy of the
 * shipped content: a rebuild with nothing changed restores every keyed page and writes the same bytes; after one
 * record's title is edited, the pages Astro re-renders are exactly pages that show that record, every page that
 * shows it is re-rendered (or is one of the few pages without a key, which always render), and the output equals
 * a cold build of the edited content byte for byte. Then a record is deleted: the output folder, kept between
 * builds, loses what the build no longer produces (`integrations/prune-output.ts`) and again equals a cold build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentCopy, ROOT } from '../helpers/content-fixture.ts';
import { buildSite, differingFiles, filesOf, type BuildResult } from '../helpers/build.ts';

const work = mkdtempSync(join(tmpdir(), 'mlsk-incremental-'));
const content = new ContentCopy(join(ROOT, 'content'));
const out = join(work, 'out');
const cache = join(work, 'cache');
const EDITED = 'initiatives/ban-do-so-quan-ly-ha-tang-ky-thuat.md';
const OLD_TITLE = 'Bản đồ số quản lý hạ tầng kỹ thuật và điểm nóng vệ sinh môi trường trên nền GIS';
const NEW_TITLE = 'Bản đồ số quản lý hạ tầng kỹ thuật và điểm nóng vệ sinh môi trường trên nền GIS Thủ đô';

let cold: BuildResult;
let coldFiles: string[];
let unchanged: BuildResult;
let unchangedDiff: string[];
let edited: BuildResult;
let reference: BuildResult;
let editedDiff: string[];
let shownAfterEdit: Set<string>;
let deleted: BuildResult;
let deletedDiff: string[];
const DELETED = 'initiatives/binh-chua-chay-mini-cap-cho-ho-kinh-doanh.md'; // linked from no other file

const ok = (r: BuildResult) => {
  if (r.status !== 0) throw new Error(`build failed:\n${r.log.slice(-3000)}`);
  return r;
};

beforeAll(() => {
  cold = ok(buildSite({ content: content.dir, out, cache }));
  const snapshot = join(work, 'cold-copy');
  coldFiles = filesOf(out);
  // A second build with nothing changed, compared with the first.
  cpSync(out, snapshot, { recursive: true });
  unchanged = ok(buildSite({ content: content.dir, out, cache }));
  unchangedDiff = differingFiles(snapshot, out);
  content.replace(EDITED, `title: "${OLD_TITLE}"`, `title: "${NEW_TITLE}"`);
  edited = ok(buildSite({ content: content.dir, out, cache }));
  reference = ok(buildSite({ content: content.dir, out: join(work, 'reference'), cache: join(work, 'reference-cache') }));
  editedDiff = differingFiles(out, join(work, 'reference'));
  shownAfterEdit = new Set(showing(out));
  // A record deleted: the kept output folder must lose its pages, as a cold build never had them.
  content.delete(DELETED);
  deleted = ok(buildSite({ content: content.dir, out, cache }));
  ok(buildSite({ content: content.dir, out: join(work, 'reference-deleted'), cache: join(work, 'reference-deleted-cache') }));
  deletedDiff = differingFiles(out, join(work, 'reference-deleted'));
}, 900_000);

afterAll(() => {
  content.remove();
  rmSync(work, { recursive: true, force: true });
});

/** Output files of pages whose text shows the edited record's new title (HTML, feeds, exports). */
const showing = (dir: string) => filesOf(dir).filter((f) => /\.(html|xml|json|csv)$/.test(f) && readFileSync(join(dir, f), 'utf8').includes(NEW_TITLE));

describe('incremental builds', () => {
  it('with nothing changed, restores every keyed page (the bulk of the site) and writes the same files and bytes', () => {
    expect(cold.restored.size).toBe(0);
    expect(unchanged.restored.size).toBeGreaterThan(0.8 * (unchanged.restored.size + unchanged.rendered.size));
    expect(coldFiles.length).toBeGreaterThan(100);
    expect(unchangedDiff).toEqual([]); // files present in one only, or with other bytes
  });

  it('after one title is edited, re-renders only pages that show the record, and every keyed page that shows it', () => {
    const keyed = unchanged.restored; // pages with a cache key: restored when nothing changed
    const rerendered = [...edited.rendered].filter((p) => keyed.has(p)).sort();
    const shows = shownAfterEdit;
    // Each keyed page re-rendered shows the record (a preview card is an image: it is the record's own).
    for (const p of rerendered) expect(shows.has(p) || p === 'og/sang-kien/ban-do-so-quan-ly-ha-tang-ky-thuat.png', p).toBe(true);
    // Each page that shows it was re-rendered, or has no key and renders on every build.
    for (const p of shows) expect(edited.rendered.has(p) || !keyed.has(p), p).toBe(true);
    // The record's own page, its unit's page, listings and verification entries are among them; most pages are not.
    expect(rerendered).toContain('sang-kien/ban-do-so-quan-ly-ha-tang-ky-thuat/index.html');
    expect(rerendered.some((p) => p.startsWith('don-vi/'))).toBe(true);
    expect(rerendered.some((p) => p.startsWith('xac-minh/'))).toBe(true);
    expect(rerendered.length).toBeLessThan(keyed.size / 4);
  });

  it('gives the same output, byte for byte, as a cold build of the edited content', () => {
    expect(reference.restored.size).toBe(0);
    expect(editedDiff).toEqual([]);
  });

  it('after a record is deleted, the kept output folder loses its pages and equals a cold build byte for byte', () => {
    expect(deleted.restored.size).toBeGreaterThan(0);
    expect(filesOf(out)).not.toContain('sang-kien/binh-chua-chay-mini-cap-cho-ho-kinh-doanh/index.html');
    expect(deletedDiff).toEqual([]);
  });
});
