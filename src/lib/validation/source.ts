/**
 * Reads one content file the way the validator needs it: frontmatter data, line positions (so every
 * message can name the line), and the body with its first line number.
 *
 * The data comes from js-yaml, the parser Astro itself reads frontmatter with, with its core schema
 * (dates stay text, so "2024-02-30" is still caught as impossible instead of rolling over to March).
 * Line positions need a full syntax tree from the `yaml` package, which is about five times slower,
 * so it is built only when a message needs a line, or when js-yaml rejects the file (its messages
 * then come from `yaml`, in Vietnamese). At 10,000 files this halves the time of `npm run check`.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

export interface SourceFile {
  /** Path relative to the project root, as printed in messages. */
  file: string;
  /** Frontmatter data (plain JS), or `undefined` if it could not be parsed. */
  data: unknown;
  /** Markdown/MDX body. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Resolve a data path (`['recognitions', 1, 'level']`) to a 1-based file line. */
  lineOf(path: readonly PropertyKey[], key?: string): number;
  /** Syntax problems in the frontmatter. */
  syntaxErrors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse a Markdown/MDX file with YAML frontmatter. */
export function readSource(file: string, raw: string): SourceFile {
  const match = FENCE.exec(raw);
  if (!match) {
    return {
      file, data: undefined, body: raw, bodyLine: 1, lineOf: () => 1,
      syntaxErrors: [{ line: 1, message: 'Tệp không có phần thông tin đầu (frontmatter) giữa hai dòng "---". Sửa: chép từ tệp mẫu.' }],
    };
  }
  const yamlText = match[1] ?? '';
  const bodyLine = raw.slice(0, match[0].length).split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  const body = raw.slice(match[0].length);
  let tree: ReturnType<typeof withPositions> | undefined;
  const positions = () => (tree ??= withPositions(yamlText));
  const lineOf = (path: readonly PropertyKey[], key?: string) => positions().lineOf(path, key);
  try {
    return { file, data: load(yamlText, { schema: CORE_SCHEMA }) ?? null, body, bodyLine, lineOf, syntaxErrors: [] };
  } catch {
    // Not valid for js-yaml: let `yaml` say where and why (below). Should `yaml` accept it, its data is used.
  }
  const { doc, syntaxErrors } = positions();
  return { file, data: syntaxErrors.length ? undefined : doc.toJS(), body, bodyLine, lineOf, syntaxErrors };
}

/** The `yaml` syntax tree of a frontmatter block, its syntax errors and a line lookup by data path. */
function withPositions(yamlText: string) {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const offset = 1; // the opening fence is line 1
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  const syntaxErrors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: yamlMessage(e.code, e.message) }));
  return { doc, syntaxErrors, lineOf: (path: readonly PropertyKey[], key?: string) => nodeLine(doc, path, key, lineAt) };
}

function nodeLine(doc: Document, path: readonly PropertyKey[], key: string | undefined, lineAt: (pos: number) => number): number {
  // Walk down as far as the path exists; report the deepest node found.
  let node: unknown = doc.contents;
  let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1;
  const steps = key === undefined ? path : [...path, key];
  for (const step of steps) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
      if (!pair || !isPair(pair)) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lineAt(keyNode.range[0]);
      next = pair.value;
    } else {
      next = typeof step === 'number' ? items[step] : undefined;
      if (next && (next as Node).range) line = lineAt((next as Node).range![0]);
    }
    node = next;
  }
  return line;
}

function yamlMessage(code: string, original: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'Một trường được ghi hai lần. Sửa: xóa một dòng.',
    BAD_INDENT: 'Thụt lề sai. Sửa: các dòng cùng cấp phải thẳng hàng, dùng dấu cách (không dùng Tab).',
    TAB_AS_INDENT: 'Dùng phím Tab để thụt lề. Sửa: thay bằng dấu cách.',
    MISSING_CHAR: 'Thiếu ký tự (dấu ngoặc kép hoặc dấu hai chấm). Sửa: kiểm tra dòng này.',
    BLOCK_AS_IMPLICIT_KEY: 'Dòng có dấu hai chấm thừa. Sửa: đặt nội dung có dấu ":" trong ngoặc kép.',
  };
  return `Lỗi cú pháp YAML: ${known[code] ?? `không đọc được (${original.split('\n')[0]}). Sửa: so với tệp mẫu; nội dung có dấu ":" hay "#" thì đặt trong ngoặc kép.`}`;
}
