/**
 * RSS items for new recognitions: one item per recognition of a published initiative, newest decision first,
 * linked to the recognition's verification page (whose URL is the item's stable GUID). Pure.
 */
import { AWARDS, LEVELS, labelOf } from '../../vocabulary.ts';
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';
import { formatDateShort } from '../text/dates.ts';
import { verificationCode } from './verification.ts';
import type { InitiativeData } from '../../schemas/initiative.ts';
import type { RecognitionOf } from '../content/records.ts';

/** Feeds keep the newest items only; readers have the archive on the site and in the open data. */
export const FEED_LIMIT = 100;

/** An initiative as a feed item needs it: id, title, unit's name at recognition and the steps of its ladder. */
export interface FeedInitiative {
  id: string;
  data: Pick<InitiativeData, 'title' | 'unitNameAtRecognition'> & { recognitions: readonly RecognitionOf<'level' | 'award' | 'decisionNumber' | 'decisionDate' | 'issuer' | 'year'>[] };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export function recognitionItems(items: readonly FeedInitiative[], verifyUrl: (code: string) => string, limit = FEED_LIMIT): FeedItem[] {
  const t = vi.sharing.feed;
  return items
    .flatMap((i) =>
      i.data.recognitions.map((r) => {
        const code = verificationCode(i.id, r);
        const level = labelOf(LEVELS, r.level);
        return {
          key: `${r.decisionDate}|${i.id}|${r.level}`,
          item: {
            title: format(t.item, { title: i.data.title, level }),
            link: verifyUrl(code),
            pubDate: new Date(`${r.decisionDate}T00:00:00+07:00`),
            description: format(t.itemDescription, {
              award: labelOf(AWARDS, r.award),
              level,
              decision: r.decisionNumber,
              date: formatDateShort(r.decisionDate),
              issuer: r.issuer,
              unit: i.data.unitNameAtRecognition,
            }),
            categories: [level],
          },
        };
      }),
    )
    .sort((a, b) => b.key.localeCompare(a.key))
    .slice(0, limit)
    .map((x) => x.item);
}
