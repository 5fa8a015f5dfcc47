/**
 * Build step for stable URLs, after Astro has written the site:
 * - `permalinks.json`: every public URL of this build (the permalink guard compares it with the committed one);
 * - `_redirects`: the redirects of `content/redirects.yaml` for hosts that read that file, and the
 *   "code not found" page for unknown verification codes;
 * - the permalink guard: building the shipped `content/` fails if a URL of the committed `permalinks.json`
 *   is gone without a redirect, or if a redirect points nowhere (other content folders: redirects only).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/config.ts';
import { loadRedirects, redirectsFile } from '../lib/routes/redirects.ts';
import { checkPermalinks, formatGuardReport, urlsFromFiles } from '../lib/routes/permalinks.ts';
import { clearMarks, markedPages } from '../lib/routes/page-marks.ts';
import { paths } from '../lib/routes/site.ts';

export function sharing(): AstroIntegration {
  return {
    name: 'mlsk:sharing',
    hooks: {
      'astro:build:start': () => clearMarks('noindex'),
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (readdirSync(out, { recursive: true }) as string[]).map((f) => f.split('\\').join('/'));
        const urls = urlsFromFiles(files);
        const redirects = loadRedirects(contentDir());
        writeFileSync(join(out, 'permalinks.json'), `${JSON.stringify({ urls }, null, 1)}\n`);
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects, [{ prefix: paths.verifyIndex(), page: paths.verifyNotFound() }]));
        const committed = resolve('permalinks.json');
        const shipped = contentDir() === resolve('content') && existsSync(committed);
        const previous = shipped ? (JSON.parse(readFileSync(committed, 'utf8')) as { urls: string[] }).urls : [];
        const guard = checkPermalinks(previous, urls, redirects);
        if (!guard.ok) throw new Error(`Đường dẫn công khai bị mất (permalinks.json):\n${formatGuardReport(guard)}`);
        logger.info(`${urls.length} public URLs in permalinks.json, ${markedPages('noindex').length} noindex pages kept out of the sitemap.`);
      },
    },
  };
}
