/**
 * Rule `personal-data` in page text: a phone or ID number in the body of an initiative or a unit (the schemas check
 * the frontmatter fields themselves).
 */
import { findPersonalData, personalDataMessage } from '../../content/privacy.ts';
import type { ParsedEntry } from '../entries.ts';
import type { Problem } from '../problems.ts';
import type { CrossEntryRule } from './rule.ts';

export const bodyPersonalData: CrossEntryRule = (entries) => [...entries.initiatives, ...entries.units].flatMap(bodyProblems);

function bodyProblems({ source }: ParsedEntry<unknown>): Problem[] {
  return source.body.split('\n').flatMap((text, i): Problem[] => {
    const kind = findPersonalData(text);
    return kind ? [{ severity: 'error', rule: 'personal-data', file: source.file, line: source.bodyLine + i, field: '(nội dung)', message: personalDataMessage(kind) }] : [];
  });
}
