/**
 * Permalink guard: every public URL of a build goes into a manifest; a URL of the committed previous
 * manifest may only disappear if a redirect takes it somewhere that still exists. Pure.
 */
import type { Redirect } from './redirects.ts';

export interface PermalinkManifest {
  /** Site-relative paths, sorted. */
  urls: string[];
  /**
   * URLs deliberately retired, once, by a product decision (never by content): each with the date, the reason
   * and the URLs. They left `urls` when they were retired, so the guard holds for everything after.
   */
  retired?: RetiredUrls[];
}

export interface RetiredUrls {
  date: string;
  reason: string;
  urls: string[];
}

/** The manifest's text: stable key order, one URL per line. */
export function manifestText(manifest: PermalinkManifest): string {
  const out: PermalinkManifest = { urls: manifest.urls, ...(manifest.retired?.length ? { retired: manifest.retired } : {}) };
  return `${JSON.stringify(out, null, 1)}\n`;
}

/** Retire the URLs of `previous` that `current` no longer has, as one dated history entry. */
export function retireMissing(previous: PermalinkManifest, current: readonly string[], entry: { date: string; reason: string }): PermalinkManifest {
  const now = new Set(current);
  const gone = previous.urls.filter((u) => !now.has(u));
  const urls = [...new Set([...previous.urls.filter((u) => now.has(u)), ...current])].sort();
  return { urls, retired: [...(previous.retired ?? []), ...(gone.length ? [{ ...entry, urls: gone }] : [])] };
}

/** URL paths of a built site from its file list (`sang-kien/x/index.html` → `/sang-kien/x/`). */
export function urlsFromFiles(files: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const raw of files) {
    const file = raw.split('\\').join('/');
    if (file === '404.html' || file.endsWith('/404.html')) continue;
    // Assets, the search index and preview images (OG_IMAGES=site drops per-initiative images) are not permalinks;
    // nor are the pages of embeddable cards (`/nhung/<bucket>/`): an embed's address is its card's fragment, and a
    // page whose only card was revoked goes with it (a revoked record has no card).
    if (file.startsWith('_') || file.startsWith('pagefind/') || file.startsWith('og/') || file.startsWith('nhung/')) continue;
    if (file.endsWith('index.html')) urls.add(`/${file.slice(0, -'index.html'.length)}`);
    else if (/\.(xml|json|csv|txt|png|svg)$/.test(file)) urls.add(`/${file}`);
  }
  return [...urls].sort();
}

export interface GuardResult {
  ok: boolean;
  /** URLs of the previous manifest that vanished with no redirect. */
  missing: string[];
  /** Redirects whose target is not in the new build. */
  brokenRedirects: Redirect[];
}

/** Compare the committed manifest with a new build. */
export function checkPermalinks(previous: readonly string[], current: readonly string[], redirects: readonly Redirect[]): GuardResult {
  const now = new Set(current);
  const moved = new Map(redirects.map((r) => [r.from, r.to]));
  const brokenRedirects = redirects.filter((r) => !now.has(r.to));
  const missing = previous.filter((url) => !now.has(url) && !(moved.has(url) && now.has(moved.get(url)!)));
  return { ok: missing.length === 0 && brokenRedirects.length === 0, missing, brokenRedirects };
}

/** Vietnamese report for editors. */
export function formatGuardReport(result: GuardResult): string {
  if (result.ok) return '✓ Không có đường dẫn công khai nào bị mất.';
  const lines: string[] = [];
  for (const url of result.missing) {
    lines.push(`✗ ${url}: đường dẫn đã công bố nay không còn. Sửa: khôi phục trang (một sáng kiến bị thu hồi thì giữ tệp và ghi revoked), hoặc thêm vào content/redirects.yaml một dòng "- from: ${url}" và "to: <địa chỉ mới>".`);
  }
  for (const r of result.brokenRedirects) {
    lines.push(`✗ ${r.from} → ${r.to}: địa chỉ đích không tồn tại. Sửa: trỏ đến một trang có thật.`);
  }
  return lines.join('\n');
}
