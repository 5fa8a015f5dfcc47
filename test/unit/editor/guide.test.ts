/**
 * The editor guide stays complete: every rule id the validator can report has a row (example and fix)
 * in docs/huong-dan-bien-tap.md, and every editor command is documented there. Rule ids are the validator's
 * own list (`RULE_IDS` in src/lib/validation/problems.ts), so a new rule without a guide entry fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/lib/validation/problems.ts';

const ROOT = join(import.meta.dirname, '../../..');
const guide = readFileSync(join(ROOT, 'docs/huong-dan-bien-tap.md'), 'utf8');

describe('docs/huong-dan-bien-tap.md', () => {
  it('has a table row with an example and a fix for every rule id', () => {
    expect(RULE_IDS.length).toBeGreaterThan(15);
    const rows = new Map(guide.split('\n').filter((l) => l.startsWith('| `')).map((l) => [/^\| `([a-z-]+)`/.exec(l)?.[1], l.split('|').map((c) => c.trim())]));
    for (const id of RULE_IDS) {
      const row = rows.get(id);
      expect(row, id).toBeDefined();
      const [, , severity, example, fix] = row!;
      expect(['lỗi', 'cảnh báo'], id).toContain(severity);
      expect(example!.length, id).toBeGreaterThan(20);
      expect(fix!.length, id).toBeGreaterThan(10);
    }
  });

  it('documents every editor command', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const command of ['npm run new -- sang-kien', 'npm run new -- don-vi', 'npm run new -- trien-lam', 'npm run import --', 'npm run check', 'npm run dev', 'npm test', 'npx decap-server']) {
      expect(guide, command).toContain(command);
    }
    for (const name of ['new', 'import', 'check', 'dev']) expect(scripts[name], name).toBeDefined();
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/huong-dan-bien-tap.md)');
  });
});
