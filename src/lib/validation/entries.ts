/**
 * The schema-valid entries as the cross-entry rules (`rules/`) see them: by collection, each typed by its collection's
 * schema (`z.infer`), with the source file for lines. Also where each collection keeps its images.
 */
import type { CollectionName } from '../config.ts';
import type { CampaignData } from '../../schemas/campaign.ts';
import type { ExhibitionData } from '../../schemas/exhibition.ts';
import type { InitiativeData } from '../../schemas/initiative.ts';
import type { UnitData } from '../../schemas/unit.ts';
import type { SourceFile } from './source.ts';

/** The data of each collection's entries, as its schema outputs it (image paths are plain text here). */
export interface EntryData {
  campaigns: CampaignData;
  initiatives: InitiativeData;
  units: UnitData;
  exhibitions: ExhibitionData;
}

/** One parsed, schema-valid entry. */
export interface ParsedEntry<D> {
  /** Id (slug) from the file path. */
  id: string;
  source: SourceFile;
  data: D;
}

/** Every schema-valid entry, by collection. */
export type Entries = { [C in CollectionName]: ParsedEntry<EntryData[C]>[] };

/** Any entry, whatever its collection. */
export type AnyEntry = Entries[CollectionName][number];

/** The entries of every collection in one list. */
export function allEntries(entries: Entries): AnyEntry[] {
  return [...entries.campaigns, ...entries.initiatives, ...entries.units, ...entries.exhibitions];
}

/** An image as the schemas describe it (`mediaSchema`). */
interface Media {
  src: string;
  alt: string;
}

/** Fields of `D` that hold one image or a list of images. */
type ImageField<D> = { [K in keyof D]-?: NonNullable<D[K]> extends Media | readonly Media[] ? K : never }[keyof D];

/**
 * The top-level fields holding images, by collection: a schema problem with their `alt` is an `image-alt` problem,
 * and their files must exist (`rules/images.ts`).
 */
export const IMAGE_FIELDS = {
  campaigns: [],
  initiatives: ['media'],
  units: [],
  exhibitions: ['cover'],
} as const satisfies { [C in CollectionName]: readonly ImageField<EntryData[C]>[] };

/** Whether a data path points at the alt text of one of the collection's images (`media[2].alt`, `cover.alt`). */
export function isImageAlt(collection: CollectionName, path: readonly PropertyKey[]): boolean {
  const fields: readonly PropertyKey[] = IMAGE_FIELDS[collection];
  return path.length >= 2 && path[path.length - 1] === 'alt' && fields.includes(path[0]!);
}
