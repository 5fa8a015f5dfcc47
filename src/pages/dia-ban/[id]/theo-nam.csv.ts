/** Recognitions per year of one area's initiatives: the numbers of the trend on its page (UTF-8 CSV with BOM). */
import type { APIRoute } from 'astro';
import { chartCsv, type DataTable } from '../../../lib/charts/table.ts';
import { facetTrendPaths } from '../../../lib/routes/page-data.ts';

export const getStaticPaths = () => facetTrendPaths('area');

export const GET: APIRoute = ({ props }) => new Response(chartCsv((props as { table: DataTable }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
