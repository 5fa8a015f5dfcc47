/** Wires each collection's loader to its schema. Nothing else lives here. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, COLLECTIONS, CONTENT_FILES } from './lib/config.ts';
import { today } from './lib/text/dates.ts';
import { loadTaxonomy } from './lib/content/taxonomy.ts';
import { idFromPath } from './lib/text/text.ts';
import { nfcLoader } from './lib/vietnamese/loader.ts';
import { initiativeSchema } from './schemas/initiative.ts';
import { unitSchema } from './schemas/unit.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { exhibitionSchema } from './schemas/exhibition.ts';

const dir = contentDir();
const taxonomy = loadTaxonomy(dir);

/**
 * The entry files of a folder (`CONTENT_FILES`, which the validator reads too); ids are ASCII slugs of the path
 * (`Đổi mới.md` → `doi-moi`); all text stored as NFC. `retainBody: false` keeps only the rendered HTML of the high-volume collections (initiatives, units):
 * nothing reads their Markdown source at build time (the content guard reads the files itself), and at 50,000
 * records the source doubled the content store.
 */
const files = (folder: string, { retainBody = true } = {}) =>
  nfcLoader(
    glob({
      pattern: [CONTENT_FILES.include, ...CONTENT_FILES.exclude.map((p) => `!${p}`)],
      base: `${dir}/${folder}`,
      generateId: ({ entry }) => idFromPath(entry),
      retainBody,
    }),
  );

export const collections = {
  initiatives: defineCollection({
    loader: files(COLLECTIONS.initiatives, { retainBody: false }),
    schema: ({ image }) =>
      initiativeSchema({ image: image(), fields: taxonomy.fieldVocabulary, areas: taxonomy.areaVocabulary, today: today() }),
  }),
  units: defineCollection({
    loader: files(COLLECTIONS.units, { retainBody: false }),
    schema: unitSchema({ areas: taxonomy.areaVocabulary }),
  }),
  campaigns: defineCollection({
    loader: files(COLLECTIONS.campaigns),
    schema: campaignSchema({ areas: taxonomy.areaVocabulary }),
  }),
  exhibitions: defineCollection({
    loader: files(COLLECTIONS.exhibitions),
    schema: ({ image }) => exhibitionSchema({ image: image() }),
  }),
};
