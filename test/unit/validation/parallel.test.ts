/**
 * The validator checks files on worker threads for large folders (`validate.ts`, `file-check.ts`). Whatever the
 * number of threads, the report must be the same, problem for problem, in the same order, with the same lines,
 * including the lines of cross-entry problems, which are found from the file again on the main thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../../scripts/generate.ts';
import { validateContent } from '../../../src/lib/validation/validate.ts';
import { ROOT, TODAY } from '../../helpers/content-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlsk-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validation on worker threads', () => {
  it('reports exactly what the single-thread run reports, on 600 generated records with a dozen broken ones', async () => {
    generate({ count: 600, seed: 7, out: dir });
    const folder = join(dir, 'initiatives');
    const files = readdirSync(folder).sort();
    const breakFile = (i: number, from: string | RegExp, to: string) => {
      const path = join(folder, files[i]!);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`${files[i]} has no ${String(from)}`);
      writeFileSync(path, next);
    };
    // Spread over the batches the threads get: schema, YAML, reference, date, encoding, personal data, NFD.
    breakFile(3, /^field: /m, 'field: khong-co-');
    breakFile(120, /^title: /m, 'titel: ');
    breakFile(260, /^unit: /m, 'unit: khong-co-');
    breakFile(261, /decisionDate: 20/, 'decisionDate: 30');
    breakFile(330, /^  - name: /m, '  -name: ');
    breakFile(420, /^summary: "/m, 'summary: "Ho¹t ®éng ');
    breakFile(505, '## Vấn đề', '## Vấn đề\n\nLiên hệ 0912345678.');
    breakFile(599, /^campaign: /m, 'campaign: khong-');
    writeFileSync(join(folder, files[42]!), readFileSync(join(folder, files[42]!), 'utf8').normalize('NFD'));
    writeFileSync(join(folder, files[10]!.replace(/\.md$/, '.mdx')), readFileSync(join(folder, files[10]!), 'utf8'));

    const run = (threads: number) => validateContent({ contentDir: dir, root: ROOT, today: TODAY, threads });
    const one = await run(1);
    const two = await run(2);
    expect(one.errorCount).toBeGreaterThanOrEqual(8);
    expect(two).toEqual(one);
    // Cross-entry problems carry real lines (found from the file again): the broken reference is on its `unit:` line.
    const reference = one.problems.find((p) => p.file.endsWith(files[260]!) && p.field === 'unit');
    expect(reference?.line).toBe(readFileSync(join(folder, files[260]!), 'utf8').split('\n').findIndex((l) => l.startsWith('unit: ')) + 1);
  });
});
