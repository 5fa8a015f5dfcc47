/**
 * The open-data files of `/du-lieu/`, built once per build from the data layer: CSV and JSON per table and
 * `datapackage.json`, whose fields come from the collections' Zod schemas.
 */
import { z } from 'astro/zod';
import { getCampaigns, getInitiatives, getTaxonomy, getUnits } from '../content/data.ts';
import { today } from '../text/dates.ts';
import { absoluteUrl, paths } from '../routes/site.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { campaignSchema } from '../../schemas/campaign.ts';
import { TABLES, campaignRows, dataPackage, initiativeRows, jsonSchemaOf, recognitionRows, tableCsv, tableJson, unitRows, type Row, type TableName } from './index.ts';

export interface DataFiles {
  files: Map<string, string>;
  rows: Record<TableName, Row[]>;
  datapackage: ReturnType<typeof dataPackage>;
}

let memo: Promise<DataFiles> | undefined;

export function getDataFiles(): Promise<DataFiles> {
  memo ??= (async () => {
    const [initiatives, units, campaigns] = await Promise.all([getInitiatives(), getUnits(), getCampaigns()]);
    const urls = {
      initiative: (id: string) => absoluteUrl(paths.initiative(id)),
      unit: (id: string) => absoluteUrl(paths.unit(id)),
      campaign: (id: string) => absoluteUrl(paths.campaign(id)),
      verify: (code: string) => absoluteUrl(paths.verify(code)),
    };
    const rows: Record<TableName, Row[]> = {
      initiatives: initiativeRows(initiatives, urls),
      recognitions: recognitionRows(initiatives, urls),
      units: unitRows(units, urls),
      campaigns: campaignRows(campaigns, urls),
    };
    const { fieldVocabulary, areaVocabulary } = getTaxonomy();
    const schemas = {
      initiatives: jsonSchemaOf(initiativeSchema({ image: z.string(), fields: fieldVocabulary, areas: areaVocabulary, today: today() })),
      units: jsonSchemaOf(unitSchema({ areas: areaVocabulary })),
      campaigns: jsonSchemaOf(campaignSchema({ areas: areaVocabulary })),
    };
    const datapackage = dataPackage({
      site: absoluteUrl(paths.home()),
      fileUrl: (file) => absoluteUrl(paths.dataFile(file)),
      schemas,
      counts: { initiatives: rows.initiatives.length, recognitions: rows.recognitions.length, units: rows.units.length, campaigns: rows.campaigns.length },
      created: today(),
    });
    const files = new Map<string, string>();
    for (const spec of TABLES) {
      files.set(`${spec.file}.csv`, tableCsv(spec.columns, rows[spec.name]));
      files.set(`${spec.file}.json`, tableJson(spec, rows[spec.name], { licence: 'CC-BY-4.0', source: absoluteUrl(paths.data()) }));
    }
    files.set('datapackage.json', JSON.stringify(datapackage, null, 1));
    return { files, rows, datapackage };
  })();
  return memo;
}

export const DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/deed.vi';
