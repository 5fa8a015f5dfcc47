/** Citation lines a journalist can copy ("Cách trích dẫn"), and what a cited document needs (`DocumentCitation`). Pure. */
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import type { DocumentRef } from '../../schemas/shared.ts';
import { formatDateShort } from '../text/dates.ts';

/**
 * `“Title”, Unit. Mạng lưới sáng kiến Hà Nội, <url> (truy cập ngày dd/mm/yyyy).`, or with the page's last update
 * (`cập nhật ngày …`) for pages kept between builds, which must not change with the calendar.
 */
export function citationLine(input: { title: string; by: string; url: string } & ({ accessed: string } | { updated: string })): string {
  const t = vi.cite;
  const when = 'updated' in input ? format(t.updated, { date: formatDateShort(input.updated) }) : format(t.accessed, { date: formatDateShort(input.accessed) });
  return format(t.line, { title: input.title, by: input.by, site: vi.site.name, url: input.url, when });
}

/** What a citation needs of a document (`DocumentCitation`); a recognition's decision has no trích yếu. */
export type CitedDocument = Pick<DocumentRef, 'type' | 'number' | 'date' | 'issuer'> & { summary?: string };

/** A recognition's decision as a document to cite: `Quyết định số 1234/QĐ-UBND ngày 13/3/2022 của UBND …`. */
export function decisionRef(r: { decisionNumber: string; decisionDate: string; issuer: string }): CitedDocument {
  return { type: 'quyet-dinh', number: r.decisionNumber, date: r.decisionDate, issuer: r.issuer };
}
