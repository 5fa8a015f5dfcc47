/**
 * Reads content files directly (not through the site's data layer), so that build tests can
 * compute expected figures independently of the code under test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RawEntry {
  file: string;
  slug: string;
  data: Record<string, any>;
}

export function readCollection(contentDir: string, folder: string): RawEntry[] {
  const dir = join(contentDir, folder);
  return (readdirSync(dir) as string[])
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const yaml = raw.split(/^---\s*$/m)[1] ?? '';
      return { file, slug: file.replace(/\.mdx?$/, ''), data: parse(yaml) as Record<string, any> };
    });
}

/** Published initiatives: not revoked, not embargoed at `today`. */
export function publishedInitiatives(contentDir: string, today: string): RawEntry[] {
  return readCollection(contentDir, 'initiatives').filter((e) => !e.data.revoked && !(e.data.embargoUntil && String(e.data.embargoUntil) > today));
}
