/**
 * Build step: validate all content before Astro reads it, with the same validator as
 * `npm run check`. Any error stops the build with the Vietnamese report; warnings are printed.
 * Astro alone only warns on duplicate ids and can exit 0 with a broken `reference()`.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { astroCacheDir, contentDir } from '../lib/config.ts';
import { today } from '../lib/text/dates.ts';
import { formatReport, sortProblems, validateContent, formatProblem } from '../lib/validation/validate.ts';

export class ContentValidationError extends Error {
  constructor(report: string) {
    super(`Nội dung không hợp lệ, dừng xây dựng trang.\n${report}\nChạy "npm run check" để kiểm tra lại sau khi sửa.`);
    this.name = 'ContentValidationError';
  }
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'mlsk:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        // The text rules' results are kept next to Astro's cache (the build's other caches go the same way).
        const textCacheFile = join(astroCacheDir(), 'text-quality.json');
        const result = await validateContent({ contentDir: contentDir(), today: today(), textCacheFile });
        const warnings = sortProblems(result.problems.filter((p) => p.severity === 'warning'));
        for (const w of warnings) logger.warn(formatProblem(w));
        if (result.errorCount === 0) {
          const files = Object.values(result.counts).reduce((a, b) => a + b, 0);
          logger.info(`Nội dung hợp lệ: ${files} tệp, ${result.warningCount} cảnh báo.`);
          return;
        }
        const report = formatReport(result.problems.filter((p) => p.severity === 'error'));
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new ContentValidationError(report);
      },
    },
  };
}
