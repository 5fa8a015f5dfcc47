/**
 * The JSON Schema view of a collection's Zod schema (`z.toJSONSchema`), and the walk to one field of it:
 * the open-data documentation reads a column's type, limits, title and description there (`frictionless.ts`).
 */
import { z } from 'astro/zod';

/** The part of JSON Schema the walk and the Frictionless mapping read. `title` and `description` come from the fields' `.meta()`. */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  required?: string[];
  anyOf?: JsonSchema[];
};

/** JSON Schema of a Zod schema, as toJSONSchema sees the validated output. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

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
