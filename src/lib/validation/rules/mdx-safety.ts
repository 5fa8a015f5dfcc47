/**
 * Rule `mdx-safety` over every entry's body (the scanner itself is `validation/mdx-safety.ts`): it needs the other
 * entries for `InitiativeGrid` ids and the files next to the content for image paths.
 */
import { allEntries } from '../entries.ts';
import { mdxSafetyProblems } from '../mdx-safety.ts';
import type { CrossEntryRule } from './rule.ts';

export const mdxSafety: CrossEntryRule = (entries, { fileSize }) => {
  const initiatives = new Set(entries.initiatives.map((e) => e.id));
  return allEntries(entries).flatMap(({ source }) =>
    mdxSafetyProblems({
      file: source.file,
      body: source.body,
      bodyLine: source.bodyLine,
      initiatives,
      imageExists: (src) => fileSize(source.file, src) !== undefined,
    }),
  );
};
