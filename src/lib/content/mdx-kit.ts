/**
 * The exhibition kit as data: which components editors may use in MDX, their props, and a small
 * pure scanner that reads the tags of an MDX body. One scanner serves the safety rule
 * (`validation/mdx-safety.ts`), the data layer (initiatives of an exhibition, chapters for the
 * table of contents) and the components (chapter anchors), so they can never disagree.
 */
import { slugify } from '../text/text.ts';

/** Components of the kit with their required and optional props (all plain strings). */
export const KIT = {
  Chapter: { required: ['title'], optional: ['id'] },
  InitiativeGrid: { required: ['ids'], optional: [] },
  Timeline: { required: [], optional: [] },
  TimelineItem: { required: ['date', 'title'], optional: [] },
  Quote: { required: ['attribution'], optional: ['role'] },
  Figure: { required: ['credit'], optional: ['caption'] },
  KeyFigure: { required: ['value', 'label', 'source'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;
export type KitName = keyof typeof KIT;

export function isKitName(name: string): name is KitName {
  return Object.hasOwn(KIT, name);
}

/** One opening (or self-closing) tag found in a body. */
export interface Tag {
  name: string;
  /** 1-based line in the body. */
  line: number;
  /** Attributes given as quoted strings. */
  attrs: Record<string, string>;
  /** Attributes given as `{expressions}` or without a value. */
  otherAttrs: string[];
  selfClosing: boolean;
  /** Offsets of the tag in the body. */
  start: number;
  end: number;
}

/** Blank out fenced and inline code (keeping line breaks) so that examples in code are not read as tags. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

const TAG = /<([A-Za-z][\w.:-]*)((?:"[^"]*"|'[^']*'|\{[^}]*\}|[^"'{}>])*?)(\/?)>/g;
const ATTR = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every opening tag of an HTML element or component in the body, outside code. */
export function scanTags(body: string): Tag[] {
  const masked = maskCode(body);
  const tags: Tag[] = [];
  for (const m of masked.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    const otherAttrs: string[] = [];
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const value = a[2] ?? a[3];
      if (value !== undefined) attrs[a[1]!] = value;
      else otherAttrs.push(a[1]!);
    }
    tags.push({ name: m[1]!, line: lineAt(masked, m.index), attrs, otherAttrs, selfClosing: m[3] === '/', start: m.index, end: m.index + m[0].length });
  }
  return tags;
}

/** Initiative ids of an `ids` attribute: separated by commas, spaces or line breaks. */
export function splitIds(ids: string): string[] {
  return ids.split(/[\s,]+/).filter(Boolean);
}

/** Every initiative id of every InitiativeGrid of a body, in order, without repeats. */
export function gridIds(body: string): string[] {
  const ids = scanTags(body)
    .filter((t) => t.name === 'InitiativeGrid')
    .flatMap((t) => splitIds(t.attrs.ids ?? ''));
  return [...new Set(ids)];
}

/** The anchor of a chapter: its `id`, or the ASCII slug of its title. */
export function chapterAnchor(props: { title: string; id?: string | undefined }): string {
  return props.id ? slugify(props.id) : slugify(props.title);
}

/** Chapters of a body for the on-page table of contents. */
export function chaptersOf(body: string): { title: string; anchor: string }[] {
  return scanTags(body)
    .filter((t) => t.name === 'Chapter' && t.attrs.title)
    .map((t) => ({ title: t.attrs.title!, anchor: chapterAnchor({ title: t.attrs.title!, id: t.attrs.id }) }));
}

/** Markdown images (`![alt](src)`) between two offsets of a body. */
export function imagesBetween(body: string, from: number, to: number): { alt: string; src: string; offset: number }[] {
  const part = maskCode(body).slice(from, to);
  return [...part.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ alt: m[1]!.trim(), src: m[2]!, offset: from + m.index }));
}

/** Offset of the closing tag that matches an opening tag (same name, nesting counted), or -1. */
export function closingOffset(body: string, tag: Tag): number {
  if (tag.selfClosing) return tag.end;
  const masked = maskCode(body);
  const re = new RegExp(`<(/?)${tag.name.replace(/[.]/g, '\\.')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  re.lastIndex = tag.end;
  let depth = 1;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index;
  }
  return -1;
}
