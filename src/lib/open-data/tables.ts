/**
 * The open-data tables of `/du-lieu/`: their columns, and how a table is written as CSV and JSON.
 * A column either comes from a field of a collection's Zod schema (`path`: its type, enum, limits and
 * description are read from the schema by `frictionless.ts`, so the documentation cannot drift from
 * validation) or is derived by the row builders (`rows.ts`), with its type and description here.
 */
import { toCsv } from '../text/csv.ts';
import type { FrictionlessType } from './frictionless.ts';

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;
export type TableName = 'initiatives' | 'recognitions' | 'units' | 'campaigns';
export type Collection = 'initiatives' | 'units' | 'campaigns';

/** A column read from a schema field: `path` in the collection's schema, `[]` stepping into list items. */
export interface FieldColumn {
  name: string;
  path: string;
  /** Lists are joined with "; " in CSV and kept as arrays in JSON. */
  list?: boolean;
  /** Replaces the field's own description when the column says something narrower (the highest level, the latest date…). */
  description?: string;
}

/** A column computed by the row builders, typed and described here. */
export interface DerivedColumn {
  name: string;
  path?: undefined;
  type: FrictionlessType;
  list?: boolean;
  description: string;
}

export type Column = FieldColumn | DerivedColumn;

export interface TableSpec {
  name: TableName;
  /** File name without extension, Vietnamese ASCII. */
  file: string;
  collection: Collection;
  columns: Column[];
}

const ID_COLUMN: DerivedColumn = { name: 'id', type: 'string', description: 'Mã định danh, không đổi; cũng là phần cuối địa chỉ trang.' };
const URL_COLUMN: DerivedColumn = { name: 'url', type: 'string', description: 'Địa chỉ trang của bản ghi.' };

export const TABLES: readonly TableSpec[] = [
  {
    name: 'initiatives',
    file: 'sang-kien',
    collection: 'initiatives',
    columns: [
      ID_COLUMN,
      URL_COLUMN,
      { name: 'title', path: 'title' },
      { name: 'summary', path: 'summary' },
      { name: 'field', path: 'field' },
      { name: 'field_label', type: 'string', description: 'Tên lĩnh vực.' },
      { name: 'area', path: 'area' },
      { name: 'area_label', type: 'string', description: 'Tên địa bàn.' },
      { name: 'unit', path: 'unit' },
      { name: 'unit_name_at_recognition', path: 'unitNameAtRecognition' },
      { name: 'holder', path: 'holder' },
      { name: 'authors_named', type: 'string', list: true, description: 'Tác giả đồng ý công bố tên; tác giả không đồng ý không được ghi.' },
      { name: 'campaign', path: 'campaign' },
      { name: 'highest_level', path: 'recognitions[].level', description: 'Cấp công nhận cao nhất.' },
      { name: 'highest_award', path: 'recognitions[].award', description: 'Hình thức khen thưởng ở cấp cao nhất.' },
      { name: 'year', path: 'recognitions[].year' },
      { name: 'latest_decision_date', path: 'recognitions[].decisionDate', description: 'Ngày của quyết định công nhận gần nhất.' },
      { name: 'recognition_count', type: 'integer', description: 'Số lần công nhận (số bậc trên thang công nhận).' },
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
      { name: 'code', type: 'string', description: 'Mã xác minh của lần công nhận (tính từ dữ liệu quyết định).' },
      { name: 'verify_url', type: 'string', description: 'Trang xác minh lần công nhận.' },
      { name: 'initiative', type: 'string', description: 'Mã sáng kiến (bảng sang-kien).' },
      { name: 'initiative_title', path: 'title', description: 'Tên sáng kiến.' },
      { name: 'unit_name_at_recognition', path: 'unitNameAtRecognition' },
      { name: 'level', path: 'recognitions[].level' },
      { name: 'level_label', type: 'string', description: 'Tên cấp công nhận.' },
      { name: 'award', path: 'recognitions[].award' },
      { name: 'award_label', type: 'string', description: 'Tên hình thức khen thưởng.' },
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
      ID_COLUMN,
      URL_COLUMN,
      { name: 'name', path: 'name' },
      { name: 'kind', path: 'kind' },
      { name: 'area', path: 'area' },
      { name: 'former_names', path: 'formerNames', list: true },
      { name: 'model_recognition_count', type: 'integer', description: 'Số lần được khen là đơn vị điển hình.' },
      { name: 'summary', path: 'summary' },
      { name: 'demo', path: 'demo' },
    ],
  },
  {
    name: 'campaigns',
    file: 'phong-trao',
    collection: 'campaigns',
    columns: [
      ID_COLUMN,
      URL_COLUMN,
      { name: 'title', path: 'title' },
      { name: 'short_title', path: 'shortTitle' },
      { name: 'plan_number', path: 'plan.number', description: 'Số, ký hiệu kế hoạch phát động.' },
      { name: 'plan_date', path: 'plan.date', description: 'Ngày ban hành kế hoạch.' },
      { name: 'plan_issuer', path: 'plan.issuer', description: 'Cơ quan ban hành kế hoạch.' },
      { name: 'period_from', path: 'period.from' },
      { name: 'period_to', path: 'period.to' },
      { name: 'organiser', path: 'organiser' },
      { name: 'area', path: 'area' },
      { name: 'demo', path: 'demo' },
    ],
  },
];

/** The table as CSV (`../csv.ts`): a header of column names, then one line per row. */
export function tableCsv(columns: readonly Column[], rows: readonly Row[]): string {
  return toCsv([columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => row[c.name] ?? null))]);
}

/** The table as JSON: lists as arrays, numbers and booleans typed. */
export function tableJson(spec: TableSpec, rows: readonly Row[], meta: { licence: string; source: string }): string {
  return JSON.stringify({ table: spec.file, licence: meta.licence, source: meta.source, count: rows.length, rows }, null, 1);
}
