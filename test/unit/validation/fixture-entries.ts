/**
 * The fixture content (`test/fixtures/content`) as the cross-entry rules receive it: typed entries parsed by the real
 * schemas, with edits and added files per test. File names in problems are `content/<collection>/<file>`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName } from '../../../src/lib/config.ts';
import { loadTaxonomy } from '../../../src/lib/content/taxonomy.ts';
import { idFromPath } from '../../../src/lib/text/text.ts';
import type { Entries, ParsedEntry } from '../../../src/lib/validation/entries.ts';
import { listContentFiles } from '../../../src/lib/validation/files.ts';
import type { RuleContext } from '../../../src/lib/validation/rules/rule.ts';
import { readSource } from '../../../src/lib/validation/source.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import { exhibitionSchema } from '../../../src/schemas/exhibition.ts';
import { initiativeSchema } from '../../../src/schemas/initiative.ts';
import { unitSchema } from '../../../src/schemas/unit.ts';
import { FIXTURE, TODAY } from '../../helpers/content-fixture.ts';

export { TODAY };

export interface FixtureChanges {
  /** Edit a fixture file's text, by path under the content folder (`initiatives/sang-kien-mau.md`). */
  edit?: Record<string, (text: string) => string>;
  /** Add files, by path under the content folder. */
  add?: Record<string, string>;
}

/** Every fixture entry after the changes; a file the schema rejects throws (a test must feed valid entries). */
export function fixtureEntries({ edit = {}, add = {} }: FixtureChanges = {}): Entries {
  const { fieldVocabulary, areaVocabulary } = loadTaxonomy(FIXTURE);
  const parse = <D>(collection: CollectionName, schema: z.ZodType<D>): ParsedEntry<D>[] => {
    const dir = join(FIXTURE, collection);
    const names = [...listContentFiles(dir).map((abs) => `${collection}/${relative(dir, abs)}`), ...Object.keys(add).filter((n) => n.startsWith(`${collection}/`))];
    return names.map((name) => {
      const original = add[name] ?? readFileSync(join(FIXTURE, name), 'utf8');
      const source = readSource(`content/${name}`, (edit[name] ?? ((t: string) => t))(original));
      return { id: idFromPath(name.slice(collection.length + 1)), source, data: schema.parse(source.data) };
    });
  };
  const image = z.string();
  return {
    campaigns: parse('campaigns', campaignSchema({ areas: areaVocabulary })),
    initiatives: parse('initiatives', initiativeSchema({ image, fields: fieldVocabulary, areas: areaVocabulary, today: TODAY })),
    units: parse('units', unitSchema({ areas: areaVocabulary })),
    exhibitions: parse('exhibitions', exhibitionSchema({ image })),
  };
}

/** The id of every fixture file per collection, as the validator lists them. */
export function fixtureIds(): Record<CollectionName, Set<string>> {
  const ids = (collection: CollectionName) => {
    const dir = join(FIXTURE, collection);
    return new Set(listContentFiles(dir).map((abs) => idFromPath(relative(dir, abs))));
  };
  return { campaigns: ids('campaigns'), initiatives: ids('initiatives'), units: ids('units'), exhibitions: ids('exhibitions') };
}

/**
 * A rule context with today's date of the tests, files of the given sizes (by path as written in content), and as
 * the files that exist: the fixture's, the entries' (added files) and `alsoExisting` (files that fail their schema).
 */
export function contextWith(sizes: Record<string, number> = {}, entries?: Entries, alsoExisting: Partial<Record<CollectionName, string[]>> = {}): RuleContext & { asked: [string, string][] } {
  const asked: [string, string][] = [];
  const ids = fixtureIds();
  for (const c of Object.keys(ids) as CollectionName[]) {
    for (const e of entries?.[c] ?? []) ids[c].add(e.id);
    for (const id of alsoExisting[c] ?? []) ids[c].add(id);
  }
  return {
    today: TODAY,
    ids,
    asked,
    fileSize: (from, path) => {
      asked.push([from, path]);
      return sizes[path];
    },
  };
}

/** The fixture's image, as the fixture's files name it, at a harmless size. */
export const FIXTURE_IMAGES = { '../images/anh-mau.jpg': 50_000 };
