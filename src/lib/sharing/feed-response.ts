/** Renders an RSS feed of new recognitions with @astrojs/rss (shared by the overall and per-facet feeds). */
import rss from '@astrojs/rss';
import { recognitionItems, type FeedInitiative } from './feeds.ts';
import { absoluteUrl, paths } from '../routes/site.ts';
import { SITE_URL } from '../config.ts';

export function recognitionFeed(input: { title: string; description: string; self: string; items: readonly FeedInitiative[] }): Promise<Response> {
  return rss({
    title: input.title,
    description: input.description,
    site: SITE_URL,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${absoluteUrl(input.self)}" rel="self" type="application/rss+xml"/>`,
    items: recognitionItems(input.items, (code) => absoluteUrl(paths.verify(code))),
  });
}
