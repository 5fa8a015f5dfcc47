/**
 * The cross-entry rules, run in this order on every schema-valid entry once all files are read. A new rule is a
 * `CrossEntryRule` in a file of its own, with its test in `test/unit/validation/`, and a line here.
 */
import { bodyPersonalData } from './body-personal-data.ts';
import { images } from './images.ts';
import { mdxSafety } from './mdx-safety.ts';
import { references } from './references.ts';
import type { CrossEntryRule } from './rule.ts';
import { staleStatus } from './stale-status.ts';
import { summaryLong } from './summary-long.ts';

export type { CrossEntryRule, RuleContext } from './rule.ts';

export const CROSS_ENTRY_RULES: readonly CrossEntryRule[] = [references, staleStatus, bodyPersonalData, summaryLong, images, mdxSafety];
