/** RSS of new recognitions, all fields and areas. */
import type { APIRoute } from 'astro';
import { getInitiatives } from '../lib/content/data.ts';
import { recognitionFeed } from '../lib/sharing/feed-response.ts';
import { paths } from '../lib/routes/site.ts';
import { vi } from '../i18n/vi.ts';

export const GET: APIRoute = async () =>
  recognitionFeed({ title: `${vi.sharing.feed.title} | ${vi.site.name}`, description: vi.sharing.feed.description, self: paths.feed(), items: await getInitiatives() });
