/**
 * Build-time transform of a page before Pagefind indexes it: every text node is folded to ASCII
 * (`đ` → `d`, tone marks removed), so that queries folded the same way find it ("dien" → "điện",
 * "dong da" → "Đống Đa", "hoà"/"hòa"). The page on disk is not changed: the folded text exists
 * only inside the index, and results are shown from the unfolded metadata.
 * Text that Pagefind reads as a value (`data-pagefind-meta="title"` or a filter taken from an
 * element's text) is kept as written; values given in attributes are never touched.
 */
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { foldVietnamese, nfc } from './text.ts';

const VALUE_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

/** An element whose own text is a metadata, filter or sort value (`title` rather than `title[data-x]` or `key:value`). */
function holdsTextValue(el: HTMLElement): boolean {
  return VALUE_ATTRIBUTES.some((name) => {
    const spec = el.getAttribute(name);
    return spec !== undefined && spec.split(',').some((part) => !/[[:]/.test(part));
  });
}

function foldChildren(node: Node): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      (child as unknown as { rawText: string }).rawText = foldVietnamese(child.rawText);
    } else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const el = child as HTMLElement;
      const tag = el.tagName?.toLowerCase();
      if (tag === 'script' || tag === 'style' || holdsTextValue(el)) continue;
      foldChildren(el);
    }
  }
}

/**
 * The part of a page Pagefind reads: the element marked `data-pagefind-body` (with everything in it:
 * text, headings and their anchors, metadata, filters), as a small document of its own. Pagefind
 * ignores the rest of the page anyway, and parsing and sending only this part (a sixth of a detail
 * page) made indexing 10,000 pages much faster. A page without such an element, or with metadata,
 * filters or sort keys outside it (which Pagefind reads wherever they are), is returned whole.
 */
export function indexedPart(html: string): string {
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s>=/])[^>]*>/.exec(html);
  if (!open) return html;
  const tag = open[1]!.toLowerCase();
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = open.index;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth > 0) continue;
    const part = html.slice(open.index, m.index + m[0].length);
    if (countValues(part) !== countValues(html)) return html;
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${part}</body></html>`;
  }
  return html;
}

const countValues = (html: string) => html.match(/\sdata-pagefind-(?:meta|filter|sort)[\s=>]/g)?.length ?? 0;

/** The HTML Pagefind should index for a page: its indexed part, NFC, with its text folded (see the module comment). */
export function foldHtmlForIndex(html: string): string {
  const root = parse(nfc(indexedPart(html)), { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  foldChildren(root);
  return root.toString();
}
