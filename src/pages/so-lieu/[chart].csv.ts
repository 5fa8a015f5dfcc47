/** One CSV per chart of the statistics page (UTF-8 with BOM), the same numbers as the chart's table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/charts/table.ts';
import { statsData } from './_data.ts';

export const getStaticPaths = (async () => {
  const { charts } = await statsData();
  return charts.map((c) => ({ params: { chart: c.id }, props: { table: c.table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { table: Parameters<typeof chartCsv>[0] }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
