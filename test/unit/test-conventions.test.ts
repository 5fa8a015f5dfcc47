/**
 * The test suite's own conventions, checked on its source: a browser is launched only by the shared launcher
 * (`test/helpers/browser.ts`), an HTTP server only by the shared static server (`test/helpers/static-server.ts`),
 * only files of the `e2e` project start a browser, and no test sleeps for a fixed time (`waitForTimeout`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/built-site.ts';

const TEST = join(ROOT, 'test');
const files = readdirSync(TEST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.startsWith('fixtures') && !f.startsWith('.out'))
  .map((f) => ({ path: relative(ROOT, join(TEST, f)), text: readFileSync(join(TEST, f), 'utf8') }));
/** Files whose code (this file's patterns aside) matches. */
const using = (pattern: RegExp) => files.filter((f) => f.path !== 'test/unit/test-conventions.test.ts' && pattern.test(f.text)).map((f) => f.path);

describe('test conventions', () => {
  it('reads the test folder', () => {
    expect(files.map((f) => f.path)).toContain('test/helpers/browser.ts');
    expect(files.length).toBeGreaterThan(40);
  });

  it('launches Chromium only through test/helpers/browser.ts', () => {
    expect(using(/chromium\s*\.\s*launch\s*\(/)).toEqual(['test/helpers/browser.ts']);
    expect(using(/from 'playwright-core'/).filter((p) => !p.startsWith('test/e2e/') && p !== 'test/helpers/browser.ts')).toEqual([]);
  });

  it('starts HTTP servers only through test/helpers/static-server.ts', () => {
    expect(using(/from 'node:https?'/)).toEqual(['test/helpers/static-server.ts']);
  });

  it('starts browsers only from the e2e project', () => {
    expect(using(/\b(useSite|startSite|launchChromium)\(/).filter((p) => !p.startsWith('test/e2e/') && p !== 'test/helpers/browser.ts')).toEqual([]);
  });

  it('never sleeps for a fixed time', () => {
    expect(using(/\.waitForTimeout\(/)).toEqual([]);
  });
});
