/**
 * Open data (`/du-lieu/`): the tables (`tables.ts`), their rows (`rows.ts`), the JSON Schema walk
 * (`json-schema.ts`) and the Frictionless descriptor (`frictionless.ts`). Re-exports what the data layer
 * (`files.ts`) and the data page use.
 */
export { TABLES, tableCsv, tableJson, type Row, type TableName } from './tables.ts';
export { campaignRows, initiativeRows, recognitionRows, unitRows } from './rows.ts';
export { jsonSchemaOf } from './json-schema.ts';
export { dataPackage, type FrictionlessField } from './frictionless.ts';
