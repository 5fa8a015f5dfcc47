/** The exhibition kit, handed to MDX through `<Content components={kit} />`; editors import nothing. Keep in step with KIT in src/lib/content/mdx-kit.ts. */
import Chapter from './Chapter.astro';
import InitiativeGrid from './InitiativeGrid.astro';
import Timeline from './Timeline.astro';
import TimelineItem from './TimelineItem.astro';
import Quote from './Quote.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import type { KitName } from '../../lib/content/mdx-kit.ts';

export const kit = { Chapter, InitiativeGrid, Timeline, TimelineItem, Quote, Figure, KeyFigure } satisfies Record<KitName, unknown>;
