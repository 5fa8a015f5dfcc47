/**
 * Open data: the tables behind `/du-lieu/` (CSV with BOM and JSON) and their Frictionless `datapackage.json`.
 * Each column either comes from a field of a collection's Zod schema (its type, enum and limits are read from
 * `z.toJSONSchema`, so the documentation cannot drift from validation) or is derived and typed here.
 * Rows never carry personal data: only authors who consented are named, and no contact fields exist.
 * Pure: row builders take the data layer's records as plain objects.
 */
import { z } from 'astro/zod';
import { AWARDS, LEVELS, labelOf } from '../vocabulary.ts';
import { vi } from '../i18n/vi.ts';
import { verificationCode } from './verification.ts';
import { highestRecognition, latestDecisionDate } from './model.ts';

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;
export type TableName = 'initiatives' | 'recognitions' | 'units' | 'campaigns';
type Collection = 'initiatives' | 'units' | 'campaigns';

/** A column: from a schema field (`path` in the collection's schema, `[]` for array items) or derived with a type. */
export interface Column {
  name: string;
  path?: string;
  type?: FrictionlessType;
  /** Lists are joined with "; " in CSV and kept as arrays in JSON. */
  list?: boolean;
}
export type FrictionlessType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface TableSpec {
  name: TableName;
  /** File name without extension, Vietnamese ASCII. */
  file: string;
  collection: Collection;
  columns: Column[];
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'initiatives',
    file: 'sang-kien',
    collection: 'initiatives',
    columns: [
      { name: 'id', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'title', path: 'title' },
      { name: 'summary', path: 'summary' },
      { name: 'field', path: 'field' },
      { name: 'field_label', type: 'string' },
      { name: 'area', path: 'area' },
      { name: 'area_label', type: 'string' },
      { name: 'unit', path: 'unit' },
      { name: 'unit_name_at_recognition', path: 'unitNameAtRecognition' },
      { name: 'holder', path: 'holder' },
      { name: 'authors_named', type: 'string', list: true },
      { name: 'campaign', path: 'campaign' },
      { name: 'highest_level', path: 'recognitions[].level' },
      { name: 'highest_award', path: 'recognitions[].award' },
      { name: 'year', path: 'recognitions[].year' },
      { name: 'latest_decision_date', path: 'recognitions[].decisionDate' },
      { name: 'recognition_count', type: 'integer' },
      { name: 'status', path: 'status.state' },
      { name: 'status_verified_at', path: 'status.verifiedAt' },
      { name: 'replicated_by', path: 'status.replicatedBy', list: true },
      { name: 'demo', path: 'demo' },
    ],
  },
  {
    name: 'recognitions',
    file: 'cong-nhan',
    collection: 'initiatives',
    columns: [
      { name: 'code', type: 'string' },
      { name: 'verify_url', type: 'string' },
      { name: 'initiative', type: 'string' },
      { name: 'initiative_title', path: 'title' },
      { name: 'unit_name_at_recognition', path: 'unitNameAtRecognition' },
      { name: 'level', path: 'recognitions[].level' },
      { name: 'level_label', type: 'string' },
      { name: 'award', path: 'recognitions[].award' },
      { name: 'award_label', type: 'string' },
      { name: 'decision_number', path: 'recognitions[].decisionNumber' },
      { name: 'decision_date', path: 'recognitions[].decisionDate' },
      { name: 'issuer', path: 'recognitions[].issuer' },
      { name: 'year', path: 'recognitions[].year' },
      { name: 'demo', path: 'demo' },
    ],
  },
  {
    name: 'units',
    file: 'don-vi',
    collection: 'units',
    columns: [
      { name: 'id', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'name', path: 'name' },
      { name: 'kind', path: 'kind' },
      { name: 'area', path: 'area' },
      { name: 'former_names', path: 'formerNames[].name', list: true },
      { name: 'model_recognition_count', type: 'integer' },
      { name: 'summary', path: 'summary' },
      { name: 'demo', path: 'demo' },
    ],
  },
  {
    name: 'campaigns',
    file: 'phong-trao',
    collection: 'campaigns',
    columns: [
      { name: 'id', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'title', path: 'title' },
      { name: 'short_title', path: 'shortTitle' },
      { name: 'plan_number', path: 'plan.number' },
      { name: 'plan_date', path: 'plan.date' },
      { name: 'plan_issuer', path: 'plan.issuer' },
      { name: 'period_from', path: 'period.from' },
      { name: 'period_to', path: 'period.to' },
      { name: 'organiser', path: 'organiser' },
      { name: 'area', path: 'area' },
      { name: 'demo', path: 'demo' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------- rows

interface RecognitionData {
  level: string;
  award: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  year: number;
}
export interface InitiativeRecord {
  id: string;
  field: { id: string; label: string };
  area: { id: string; label: string };
  data: {
    title: string;
    summary: string;
    unit: string;
    unitNameAtRecognition: string;
    holder: string;
    authors: readonly { name: string; consent: boolean }[];
    campaign: string;
    recognitions: readonly RecognitionData[];
    status: { state: string; verifiedAt: string; replicatedBy: readonly string[] };
    demo: boolean;
  };
}
export interface UnitRecord {
  id: string;
  data: { name: string; kind: string; area: string; formerNames: readonly { name: string; until: string }[]; modelRecognitions: readonly unknown[]; summary: string; demo: boolean };
}
export interface CampaignRecord {
  id: string;
  data: { title: string; shortTitle: string; plan: { number: string; date: string; issuer: string }; period: { from: number; to: number }; organiser: string; area: string; demo: boolean };
}

export interface Urls {
  initiative: (id: string) => string;
  unit: (id: string) => string;
  campaign: (id: string) => string;
  verify: (code: string) => string;
}

/** Only authors who agreed to be named; nobody else's name ever reaches an export. */
export function namedAuthors(authors: readonly { name: string; consent: boolean }[]): string[] {
  return authors.filter((a) => a.consent).map((a) => a.name);
}

export function initiativeRows(items: readonly InitiativeRecord[], urls: Urls): Row[] {
  return items.map(({ id, field, area, data }) => {
    const top = highestRecognition(data.recognitions as Parameters<typeof highestRecognition>[0]);
    return {
      id,
      url: urls.initiative(id),
      title: data.title,
      summary: data.summary,
      field: field.id,
      field_label: field.label,
      area: area.id,
      area_label: area.label,
      unit: data.unit,
      unit_name_at_recognition: data.unitNameAtRecognition,
      holder: data.holder,
      authors_named: namedAuthors(data.authors),
      campaign: data.campaign,
      highest_level: top.level,
      highest_award: top.award,
      year: top.year,
      latest_decision_date: latestDecisionDate(data.recognitions as Parameters<typeof latestDecisionDate>[0]),
      recognition_count: data.recognitions.length,
      status: data.status.state,
      status_verified_at: data.status.verifiedAt,
      replicated_by: [...data.status.replicatedBy],
      demo: data.demo,
    };
  });
}

/** One row per recognition of a published initiative, oldest decision first within an initiative. */
export function recognitionRows(items: readonly InitiativeRecord[], urls: Urls): Row[] {
  return items.flatMap(({ id, data }) =>
    [...data.recognitions]
      .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.level.localeCompare(b.level))
      .map((r) => {
        const code = verificationCode(id, r);
        return {
          code,
          verify_url: urls.verify(code),
          initiative: id,
          initiative_title: data.title,
          unit_name_at_recognition: data.unitNameAtRecognition,
          level: r.level,
          level_label: labelOf(LEVELS, r.level),
          award: r.award,
          award_label: labelOf(AWARDS, r.award),
          decision_number: r.decisionNumber,
          decision_date: r.decisionDate,
          issuer: r.issuer,
          year: r.year,
          demo: data.demo,
        };
      }),
  );
}

export function unitRows(units: readonly UnitRecord[], urls: Urls): Row[] {
  return units.map(({ id, data }) => ({
    id,
    url: urls.unit(id),
    name: data.name,
    kind: data.kind,
    area: data.area,
    former_names: data.formerNames.map((f) => f.name),
    model_recognition_count: data.modelRecognitions.length,
    summary: data.summary,
    demo: data.demo,
  }));
}

export function campaignRows(campaigns: readonly CampaignRecord[], urls: Urls): Row[] {
  return campaigns.map(({ id, data }) => ({
    id,
    url: urls.campaign(id),
    title: data.title,
    short_title: data.shortTitle,
    plan_number: data.plan.number,
    plan_date: data.plan.date,
    plan_issuer: data.plan.issuer,
    period_from: data.period.from,
    period_to: data.period.to,
    organiser: data.organiser,
    area: data.area,
    demo: data.demo,
  }));
}

// ---------------------------------------------------------------------------------------------- CSV

const BOM = '\uFEFF';

function csvCell(value: Cell): string {
  const s = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheet software reads Vietnamese), CRLF line ends. */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.name] ?? null)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parse CSV produced by `toCsv` and any RFC 4180 CSV (BOM, CRLF, LF or CR line ends): exports' tests and the spreadsheet import. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

// ---------------------------------------------------------------------------------------------- datapackage

type JsonSchema = { type?: string | string[]; format?: string; enum?: unknown[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; required?: string[]; anyOf?: JsonSchema[] };

/** The JSON Schema node of a field path (`recognitions[].level`) and whether it is required at every step. */
export function schemaAt(root: JsonSchema, path: string): { node: JsonSchema; required: boolean } {
  let node = root;
  let required = true;
  for (const part of path.split('.')) {
    const [key, arr] = part.endsWith('[]') ? [part.slice(0, -2), true] : [part, false];
    const next = node.properties?.[key];
    if (!next) throw new Error(`Schema has no field ${path} (at ${key})`);
    if (!(node.required ?? []).includes(key)) required = false;
    node = arr ? (next.items ?? {}) : next;
    if (node.anyOf) node = node.anyOf.find((n) => n.type !== 'null') ?? node;
  }
  return { node, required };
}

export interface FrictionlessField {
  name: string;
  type: FrictionlessType;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: unknown[]; minLength?: number; maxLength?: number; minimum?: number; maximum?: number };
}

/** JSON Schema → Frictionless table-schema type. */
export function frictionlessType(node: JsonSchema): FrictionlessType {
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (type === 'string' && node.format === 'date') return 'date';
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}

/** The Frictionless fields of a table, from the collection's JSON Schema. */
export function tableFields(spec: TableSpec, jsonSchema: JsonSchema): FrictionlessField[] {
  const descriptions = vi.sharing.data.columns as Record<string, string>;
  return spec.columns.map((c) => {
    const description = descriptions[c.name] ?? '';
    if (!c.path) return { name: c.name, type: c.type ?? 'string', description, constraints: { required: c.name !== 'authors_named' } };
    const { node, required } = schemaAt(jsonSchema, c.path);
    if (c.list) return { name: c.name, type: 'string', description: `${description} ${vi.sharing.data.listNote}`.trim() };
    const type = frictionlessType(node);
    const constraints: FrictionlessField['constraints'] = { required };
    if (node.enum) constraints.enum = node.enum;
    if (node.maxLength !== undefined) constraints.maxLength = node.maxLength;
    if (node.minimum !== undefined) constraints.minimum = node.minimum;
    if (node.maximum !== undefined) constraints.maximum = node.maximum;
    return { name: c.name, type, description, ...(type === 'date' ? { format: 'default' } : {}), constraints };
  });
}

/** JSON Schema of a Zod schema, as toJSONSchema sees the validated output. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

export interface DataPackageInput {
  site: string;
  /** Absolute URL of a data file by name (`sang-kien.csv`). */
  fileUrl: (file: string) => string;
  schemas: Record<Collection, JsonSchema>;
  /** Rows per table (for counts). */
  counts: Record<TableName, number>;
  created: string;
}

/** The Frictionless Data Package descriptor (v1 + v2 keys) for the CSV files. */
export function dataPackage(input: DataPackageInput): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'mang-luoi-sang-kien-ha-noi',
    title: vi.site.name,
    description: vi.sharing.data.packageDescription,
    homepage: input.site,
    version: input.created,
    created: `${input.created}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: TABLES.map((spec) => ({
      name: spec.file,
      path: input.fileUrl(`${spec.file}.csv`),
      title: vi.sharing.data.tables[spec.name],
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      count: input.counts[spec.name],
      schema: {
        fields: tableFields(spec, input.schemas[spec.collection]),
        primaryKey: [spec.name === 'recognitions' ? 'code' : 'id'],
      },
    })),
  };
}

/** JSON rows: lists as arrays, numbers and booleans typed. */
export function toJson(spec: TableSpec, rows: readonly Row[], meta: { licence: string; source: string }): string {
  return JSON.stringify({ table: spec.file, licence: meta.licence, source: meta.source, count: rows.length, rows }, null, 1);
}
