/**
 * Fills the `{name}` templates of the dictionary (`vi.ts`), the one interpolation style of the site's strings.
 * The names a template needs are read from its literal type, so a missing, misspelt or extra name is a type
 * error at the call site; at run time a missing value throws, so no page ever shows a raw `{name}`.
 * `templateParts` splits a template for markup that puts elements in the gaps (a `<time>`, a `<span>`). Pure.
 */

/** The placeholder names of a template literal type: `'{n} mã'` → `'n'`; `never` for a template without any. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a template needs, one per placeholder name (any names for a template only known as `string`, e.g. read from a `data-` attribute). */
export type TemplateValues<T extends string> = string extends T ? Readonly<Record<string, string | number>> : { readonly [K in Placeholders<T>]: string | number };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a template at run time, in order of appearance, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** `format('{n} mã', { n: '12' })` → `12 mã`. Throws (in Vietnamese) when a placeholder has no value. */
export function format<T extends string>(template: T, values: TemplateValues<T>): string {
  const given = values as Readonly<Record<string, string | number | undefined>>;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = given[name];
    if (value === undefined) throw new Error(`Thiếu giá trị cho {${name}} trong chuỗi giao diện “${template}”.`);
    return String(value);
  });
}

/** One piece of a split template: literal text, or the name of a placeholder the caller renders itself. */
export type TemplatePart<Name extends string> = { readonly text: string } | { readonly slot: Name };

/** `'{type} số {number}'` → `[{ slot: 'type' }, { text: ' số ' }, { slot: 'number' }]`; no empty text parts. */
export function templateParts<T extends string>(template: T): TemplatePart<Placeholders<T>>[] {
  const parts: TemplatePart<Placeholders<T>>[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ slot: m[1] as Placeholders<T> });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
