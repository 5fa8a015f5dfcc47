/** RSS of new recognitions in one field (lĩnh vực). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFields, getInitiatives } from '../../../lib/content/data.ts';
import { recognitionFeed } from '../../../lib/sharing/feed-response.ts';
import { format } from '../../../i18n/format.ts';
import { paths } from '../../../lib/routes/site.ts';
import { vi } from '../../../i18n/vi.ts';

export const getStaticPaths = (() => getFields().map((f) => ({ params: { id: f.id }, props: { label: f.label } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const id = String(params.id);
  const items = (await getInitiatives()).filter((i) => i.field.id === id);
  return recognitionFeed({ title: `${format(vi.sharing.feed.field, { label: props.label })} | ${vi.site.name}`, description: vi.sharing.feed.description, self: paths.fieldFeed(id), items });
};
