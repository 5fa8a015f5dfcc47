/** RSS of new recognitions in one area (địa bàn). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreas, getInitiatives } from '../../../lib/content/data.ts';
import { recognitionFeed } from '../../../lib/sharing/feed-response.ts';
import { format } from '../../../i18n/format.ts';
import { paths } from '../../../lib/routes/site.ts';
import { vi } from '../../../i18n/vi.ts';

export const getStaticPaths = (() => getAreas().map((f) => ({ params: { id: f.id }, props: { label: f.label } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const id = String(params.id);
  const items = (await getInitiatives()).filter((i) => i.area.id === id);
  return recognitionFeed({ title: `${format(vi.sharing.feed.area, { label: props.label })} | ${vi.site.name}`, description: vi.sharing.feed.description, self: paths.areaFeed(id), items });
};
