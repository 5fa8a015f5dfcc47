/** Citation lines a journalist can copy ("Cách trích dẫn"). Pure. */
import { vi } from '../i18n/vi.ts';
import { formatDateShort } from './dates.ts';

/** `“Title”, Unit. Mạng lưới sáng kiến Hà Nội, <url> (truy cập dd/mm/yyyy).` */
export function citationLine(input: { title: string; by: string; url: string; accessed: string }): string {
  return `“${input.title}”, ${input.by}. ${vi.site.name}, ${input.url} (truy cập ngày ${formatDateShort(input.accessed)}).`;
}
