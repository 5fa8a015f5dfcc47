/** What a cross-entry rule is: a function from every schema-valid entry (typed) and the run's context to problems. */
import type { Entries } from '../entries.ts';
import type { Problem } from '../problems.ts';

export interface RuleContext {
  /** Today's date (YYYY-MM-DD), for "stale" rules. */
  today: string;
  /** Size in bytes of the file at `path`, written relative to the content file `from` (as printed); undefined if none. */
  fileSize(from: string, path: string): number | undefined;
}

export type CrossEntryRule = (entries: Entries, context: RuleContext) => Problem[];
