/** What a cross-entry rule is: a function from every schema-valid entry (typed) and the run's context to problems. */
import type { CollectionName } from '../../config.ts';
import type { Entries } from '../entries.ts';
import type { Problem } from '../problems.ts';

export interface RuleContext {
  /** Today's date (YYYY-MM-DD), for "stale" rules. */
  today: string;
  /**
   * The id of every file of each collection, valid or not: a reference to a file that exists but has problems of its
   * own is not "not found" (its own problems are reported on it).
   */
  ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
  /** Size in bytes of the file at `path`, written relative to the content file `from` (as printed); undefined if none. */
  fileSize(from: string, path: string): number | undefined;
}

export type CrossEntryRule = (entries: Entries, context: RuleContext) => Problem[];
