/** The validator's vocabulary: a problem found in a content file, and how it is printed. */

export type Severity = 'error' | 'warning';

/**
 * Stable rule ids, as a runtime list: the editor guide documents each (`test/unit/editor/guide.test.ts` reads this
 * list), and tests assert on them.
 */
export const RULE_IDS = [
  'syntax',
  'missing-field',
  'unknown-field',
  'vocabulary',
  'date',
  'invalid-value',
  'reference',
  'duplicate-slug',
  'image-missing',
  'image-alt',
  'ladder-order',
  'verified-future',
  'personal-data',
  'stale-status',
  'image-size',
  'summary-long',
  'taxonomy',
  'mdx-safety',
  'nfc',
  'legacy-encoding',
  'tone-mark',
  'spelling',
  'placeholder',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Problem {
  severity: Severity;
  rule: RuleId;
  /** Path relative to the project root. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Field path as written in the frontmatter, e.g. `recognitions[1].decisionDate`; empty for the whole file. */
  field: string;
  /** Vietnamese message including how to fix it. */
  message: string;
}

/** `recognitions[1].decisionDate` from `['recognitions', 1, 'decisionDate']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${String(step)}` : String(step)), '');
}

/** `content/initiatives/x.md:12: recognitions[1].level: message` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Deterministic order: errors first, then file, line, message. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.message.localeCompare(b.message),
  );
}

/** The report printed by `npm run check` and by a failing build. */
export function formatReport(problems: Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) {
    lines.push(`✗ ${errors.length} lỗi phải sửa trước khi đăng:`, ...errors.map((p) => `  ${formatProblem(p)}`));
  }
  if (warnings.length) {
    lines.push(`! ${warnings.length} cảnh báo (không chặn việc đăng):`, ...warnings.map((p) => `  ${formatProblem(p)}`));
  }
  if (!errors.length && !warnings.length) lines.push('✓ Nội dung hợp lệ.');
  return lines.join('\n');
}
