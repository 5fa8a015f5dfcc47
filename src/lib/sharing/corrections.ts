/**
 * "Báo cáo sai sót": a link that opens a prefilled correction request, either an e-mail
 * (`mailto:`) or a new issue in an issue tracker (an `https://…/issues/new` address; the title
 * and body are passed as `title` and `body` query parameters, as GitHub and Gitea accept them).
 * The target is configured once: `CORRECTIONS_TARGET` in src/lib/config.ts.
 */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';

export interface CorrectionRequest {
  /** Title of the page being corrected. */
  title: string;
  /** Public address of the page. */
  url: string;
  /** Content file behind the page, so editors find it at once. */
  file?: string | undefined;
}

export function correctionSubject(r: CorrectionRequest): string {
  return format(vi.corrections.subject, { title: r.title });
}

export function correctionBody(r: CorrectionRequest): string {
  return [
    format(vi.corrections.page, { url: r.url }),
    ...(r.file ? [format(vi.corrections.file, { file: r.file })] : []),
    '',
    vi.corrections.wrong,
    '',
    vi.corrections.right,
    '',
  ].join('\n');
}

/** The link for a target: `mailto:…` or an `http(s)` issue-tracker address. */
export function correctionHref(target: string, r: CorrectionRequest): string {
  const subject = correctionSubject(r);
  const body = correctionBody(r);
  if (/^mailto:/i.test(target)) {
    // encodeURIComponent, not URLSearchParams: mail clients show "+" literally.
    const sep = target.includes('?') ? '&' : '?';
    return `${target}${sep}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', body);
    return url.toString();
  }
  throw new Error(`CORRECTIONS_TARGET must be a mailto: or http(s) address, got "${target}"`);
}
