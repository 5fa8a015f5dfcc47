/**
 * The Frictionless Data Package (`/du-lieu/datapackage.json`) describing the open-data CSV files: each column's
 * type, constraints and description read from the collection's JSON Schema (`json-schema.ts`), so from the
 * Zod schema and its fields' `.meta()`, or from the column itself when it is derived (`tables.ts`).
 */
import { vi } from '../../i18n/vi.ts';
import { schemaAt, type JsonSchema } from './json-schema.ts';
import { TABLES, type Collection, type TableName, type TableSpec } from './tables.ts';

export type FrictionlessType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

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

/** The Frictionless fields of a table, from the collection's JSON Schema. A column without a description is an error. */
export function tableFields(spec: TableSpec, jsonSchema: JsonSchema): FrictionlessField[] {
  return spec.columns.map((c) => {
    if (c.path === undefined) return { name: c.name, type: c.type, description: c.description, constraints: { required: c.name !== 'authors_named' } };
    const { node, required } = schemaAt(jsonSchema, c.path);
    const description = c.description ?? node.description;
    if (!description) throw new Error(`Cột ${c.name} của bảng ${spec.file} chưa có mô tả. Sửa: thêm description vào .meta() của trường ${c.path} trong lược đồ (src/schemas/).`);
    if (c.list) return { name: c.name, type: 'string', description: `${description} ${vi.sharing.data.listNote}` };
    const type = frictionlessType(node);
    const constraints: FrictionlessField['constraints'] = { required };
    if (node.enum) constraints.enum = node.enum;
    if (node.maxLength !== undefined) constraints.maxLength = node.maxLength;
    if (node.minimum !== undefined) constraints.minimum = node.minimum;
    if (node.maximum !== undefined) constraints.maximum = node.maximum;
    return { name: c.name, type, description, ...(type === 'date' ? { format: 'default' } : {}), constraints };
  });
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
