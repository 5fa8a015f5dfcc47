/**
 * Zod issues as problems: each issue of a collection's schema becomes a problem with the file, line and field, and a
 * rule id. The id comes from the schema where it says one (`params.rule`: `date`, `ladder-order`, `personal-data`…),
 * from the collection's image fields for alt text (`image-alt`), else from the kind of issue.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../config.ts';
import { FORBIDDEN_PERSONAL_KEYS } from '../content/privacy.ts';
import { isImageAlt } from './entries.ts';
import { fieldPath, RULE_IDS, type Problem, type RuleId } from './problems.ts';
import type { SourceFile } from './source.ts';

/** Turn one Zod issue into problems (an unknown-keys issue names each key on its own line). */
export function issueToProblems(issue: z.core.$ZodIssue, source: SourceFile, collection: CollectionName): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key): Problem => {
      const personal = FORBIDDEN_PERSONAL_KEYS.has(key);
      return {
        severity: 'error',
        rule: personal ? 'personal-data' : 'unknown-field',
        file: source.file,
        line: source.lineOf(path, key),
        field: fieldPath([...path, key]),
        message: personal
          ? `Trường "${key}" chứa thông tin cá nhân, không được phép đưa lên trang. Sửa: xóa dòng này.`
          : `Trường "${key}" không có trong mẫu. Sửa: kiểm tra chính tả tên trường (phân biệt chữ hoa, chữ thường) hoặc xóa dòng này.`,
      };
    });
  }
  return [{ severity: 'error', rule: classify(issue, collection), file: source.file, line: source.lineOf(path), field: fieldPath(path), message: issue.message }];
}

/** The rule id of a schema issue of a file of `collection`. */
export function classify(issue: z.core.$ZodIssue, collection: CollectionName): RuleId {
  if (isImageAlt(collection, issue.path)) return 'image-alt';
  const rule = 'params' in issue ? issue.params?.rule : undefined;
  if (isRuleId(rule)) return rule;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing-field';
  if (issue.code === 'invalid_value') return 'vocabulary';
  return 'invalid-value';
}

function isRuleId(value: unknown): value is RuleId {
  return (RULE_IDS as readonly unknown[]).includes(value);
}
