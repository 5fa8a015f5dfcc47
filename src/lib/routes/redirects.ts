/**
 * Stable URLs: `content/redirects.yaml` lists old paths that moved (renamed slugs) and where they go now.
 * Read by src/pages/[...moved].astro (a forwarding page at each old URL), the `_redirects` file and the permalink guard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'Đường dẫn phải bắt đầu và kết thúc bằng "/", chỉ gồm chữ thường không dấu, số, gạch ngang, ví dụ /sang-kien/ten-cu/.' });

export const redirectsFileSchema = z
  .array(
    z.strictObject({
      /** Old path, as published before. */
      from: sitePath,
      /** Where it lives now. */
      to: sitePath,
      /** Why it moved (for editors). */
      reason: z.string().optional(),
    }),
  )
  .default([])
  .superRefine((list, ctx) => {
    const froms = new Set(list.map((r) => r.from));
    list.forEach((r, i) => {
      if (r.from === r.to) ctx.addIssue({ code: 'custom', path: [i, 'to'], message: `${r.from} chuyển về chính nó.` });
      if (froms.has(r.to)) ctx.addIssue({ code: 'custom', path: [i, 'to'], message: `${r.to} lại được chuyển tiếp tiếp; hãy trỏ thẳng đến địa chỉ cuối.` });
    });
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.from)) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `${r.from} được khai báo hai lần.` });
      seen.add(r.from);
    });
  });
export type Redirect = z.infer<typeof redirectsFileSchema>[number];

export const REDIRECTS_FILE = 'redirects.yaml';

/** Read and validate `<contentDir>/redirects.yaml` (absent file = no redirects). */
export function loadRedirects(contentDir: string): Redirect[] {
  const file = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const parsed = redirectsFileSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}


/**
 * A Netlify/Cloudflare-style `_redirects` file: one permanent redirect per line, then a rule that serves the
 * "code not found" page (with status 404) for unknown verification codes. Hosts apply it only when no file exists.
 */
export function redirectsFile(list: readonly Redirect[], notFound: { prefix: string; page: string }[] = []): string {
  const lines = list.map((r) => `${r.from} ${r.to} 301`);
  for (const n of notFound) lines.push(`${n.prefix}* ${n.page} 404`);
  return `${lines.join('\n')}\n`;
}
