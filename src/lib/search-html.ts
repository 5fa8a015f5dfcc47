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

/** The HTML Pagefind should index for a page: NFC, with its text folded (see the module comment). */
export function foldHtmlForIndex(html: string): string {
  const root = parse(nfc(html), { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  foldChildren(root);
  return root.toString();
}
