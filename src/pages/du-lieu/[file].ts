/** Open-data files: `/du-lieu/<table>.csv`, `/du-lieu/<table>.json`, `/du-lieu/datapackage.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFiles } from '../../lib/open-data/files.ts';

export const getStaticPaths = (async () => [...(await getDataFiles()).files.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const body = (await getDataFiles()).files.get(file)!;
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
