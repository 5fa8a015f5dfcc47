/**
 * Schema issues as problems: the rule id comes from the schema's own `params.rule`, from the collection's image fields
 * for alt text, or from the kind of issue; unknown keys are named one by one, personal-data keys as such.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { classify, issueToProblems } from '../../../src/lib/validation/schema-issues.ts';
import { readSource } from '../../../src/lib/validation/source.ts';

/** The first issue Zod reports for `value`, moved to `path`. */
const issue = (schema: z.ZodType, value: unknown, path: PropertyKey[] = ['x']) => ({ ...schema.safeParse(value).error!.issues[0]!, path });

describe('classify', () => {
  it("calls a problem with the alt text of a collection's image image-alt, and only there", () => {
    const empty = issue(z.string().min(1), '');
    expect(classify({ ...empty, path: ['media', 2, 'alt'] }, 'initiatives')).toBe('image-alt');
    expect(classify({ ...empty, path: ['cover', 'alt'] }, 'exhibitions')).toBe('image-alt');
    expect(classify({ ...empty, path: ['cover', 'alt'] }, 'initiatives')).toBe('invalid-value');
    expect(classify({ ...empty, path: ['links', 0, 'alt'] }, 'units')).toBe('invalid-value');
    expect(classify({ ...issue(z.string(), undefined), path: ['media', 0, 'alt'] }, 'initiatives')).toBe('image-alt');
  });

  it("takes the schema's rule id when it gives a known one", () => {
    const dated = z.string().refine(() => false, { params: { rule: 'date' } });
    expect(classify(issue(dated, 'x'), 'campaigns')).toBe('date');
    const unknown = z.string().refine(() => false, { params: { rule: 'no-such-rule' } });
    expect(classify(issue(unknown, 'x'), 'campaigns')).toBe('invalid-value');
  });

  it('tells a missing field, a value outside a vocabulary and any other wrong value apart', () => {
    expect(classify(issue(z.string(), undefined), 'units')).toBe('missing-field');
    // Zod leaves `input` out of issues unless asked (`reportInput`): only an issue that carries it is told apart.
    expect(classify(z.string().safeParse(5, { reportInput: true }).error!.issues[0]!, 'units')).toBe('invalid-value');
    expect(classify(issue(z.enum(['a', 'b']), 'c'), 'units')).toBe('vocabulary');
  });
});

describe('issueToProblems', () => {
  const source = readSource('content/units/x.md', '---\nname: Tên\nlinks:\n  - label: Trang\n    url: https://a.vn\n    dienThoai: "0912345678"\n    nhan: x\n---\n');

  it('names each unknown key on its own line; a personal-data key says so', () => {
    const strict = z.strictObject({ name: z.string(), links: z.array(z.strictObject({ label: z.string(), url: z.string() })) });
    const unknownKeys = strict.safeParse(source.data).error!.issues[0]!;
    expect(issueToProblems(unknownKeys, source, 'units')).toEqual([
      {
        severity: 'error', rule: 'personal-data', file: 'content/units/x.md', line: 6, field: 'links[0].dienThoai',
        message: 'Trường "dienThoai" chứa thông tin cá nhân, không được phép đưa lên trang. Sửa: xóa dòng này.',
      },
      {
        severity: 'error', rule: 'unknown-field', file: 'content/units/x.md', line: 7, field: 'links[0].nhan',
        message: 'Trường "nhan" không có trong mẫu. Sửa: kiểm tra chính tả tên trường (phân biệt chữ hoa, chữ thường) hoặc xóa dòng này.',
      },
    ]);
  });

  it("keeps the schema's message, with the field's line and path", () => {
    const short = z.object({ name: z.string().min(5, { error: 'Tên quá ngắn. Sửa: ghi đủ tên.' }) });
    expect(issueToProblems(short.safeParse(source.data).error!.issues[0]!, source, 'units')).toEqual([
      { severity: 'error', rule: 'invalid-value', file: 'content/units/x.md', line: 2, field: 'name', message: 'Tên quá ngắn. Sửa: ghi đủ tên.' },
    ]);
  });
});
