/**
 * The record shapes the pure modules take, all derived from the schemas' own types: an initiative's or a unit's
 * frontmatter with its id. A module that needs less narrows them with `Pick` (and `RecognitionOf` for the steps of
 * the ladder), so a field renamed in a schema is renamed for every module at once. The data layer's resolved record
 * (`Initiative` in `content/data.ts`: the entry with its unit, field, area and campaign) is the one richer shape.
 */
import type { InitiativeData, Recognition } from '../../schemas/initiative.ts';
import type { UnitData } from '../../schemas/unit.ts';

/** An initiative's frontmatter with its id. */
export type InitiativeFacts = InitiativeData & { id: string };

/** A unit's frontmatter with its id. */
export type UnitFacts = UnitData & { id: string };

/** Some fields of a recognition (a step of the ladder). */
export type RecognitionOf<K extends keyof Recognition> = Pick<Recognition, K>;

/** An entry as the data layer holds it (id and validated frontmatter), narrowed to some fields of its data. */
export interface EntryOf<D, K extends keyof D> {
  id: string;
  data: Pick<D, K>;
}

/** The status block of an initiative, narrowed to some of its fields. */
export type StatusOf<K extends keyof InitiativeData['status']> = Pick<InitiativeData['status'], K>;
