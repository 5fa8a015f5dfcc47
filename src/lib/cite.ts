/** Citation lines a journalist can copy ("Cách trích dẫn"). Pure. */
import { vi } from '../i18n/vi.ts';
import { formatDateShort } from './dates.ts';

/**
 * `“Title”, Unit. Mạng lưới sáng kiến Hà Nội, <url> (truy cập ngày dd/mm/yyyy).`, or with the page's last update
 * (`cập nhật ngày …`) for pages kept between builds, which must not change with the calendar.
 */
export function citationLine(input: { title: string; by: string; url: string } & ({ accessed: string } | { updated: string })): string {
  const when = 'updated' in input ? `cập nhật ngày ${formatDateShort(input.updated)}` : `truy cập ngày ${formatDateShort(input.accessed)}`;
  return `“${input.title}”, ${input.by}. ${vi.site.name}, ${input.url} (${when}).`;
}
