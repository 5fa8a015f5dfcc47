/** A throw-away copy of the fixture content, edited per test, and the `npm run check` CLI run on it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'test/fixtures/content');
export const TODAY = '2026-11-23';

export class ContentCopy {
  readonly dir: string;
  constructor(source = FIXTURE) {
    this.dir = mkdtempSync(join(tmpdir(), 'mlsk-content-'));
    cpSync(source, this.dir, { recursive: true });
  }
  path(file: string): string {
    return join(this.dir, file);
  }
  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }
  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }
  /** Replace exactly one occurrence of `from` (fails loudly if the fixture changed). */
  replace(file: string, from: string | RegExp, to: string): void {
    const text = this.read(file);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`Fixture ${file} does not contain ${String(from)}`);
    this.write(file, next);
  }
  delete(file: string): void {
    rmSync(this.path(file));
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node scripts/check.ts` on a content folder, as an editor would with `npm run check`. */
export function runCheck(contentDir: string, today = TODAY): CliResult {
  const r = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: today },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
