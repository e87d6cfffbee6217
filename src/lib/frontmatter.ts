import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type YamlPath = readonly PropertyKey[];

export interface Frontmatter {
  /** The parsed YAML, not yet validated. */
  readonly data: unknown;
  /** YAML syntax errors, with the line in the whole file. */
  readonly errors: readonly { line: number; message: string }[];
  /** Line in the whole file (1-based) of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: YamlPath): number;
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** Line of the body's first line in the whole file. */
  readonly bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits `---` YAML front matter from a Markdown file and keeps track of lines. */
export function readFrontmatter(source: string): Frontmatter {
  const match = FENCE.exec(source);
  const yamlText = match?.[1] ?? '';
  const offset = match ? 1 : 0; // the opening fence is line 1
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineAt = (position: number): number => counter.linePos(position).line + offset;

  /** A map entry is located by its key, a list item by itself; a missing one by its nearest parent. */
  const lineOf = (path: YamlPath): number => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const parent =
        depth > 1 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : document.contents;
      const key = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (isScalar(pair?.key) && pair.key.range) return lineAt(pair.key.range[0]);
      } else if (isSeq(parent) && typeof key === 'number') {
        const item = parent.items[key] as Node | undefined;
        if (item?.range) return lineAt(item.range[0]);
      }
    }
    return 1;
  };

  const header = match?.[0] ?? '';
  return {
    data: match ? document.toJS() : undefined,
    errors: document.errors.map((error) => ({
      line: lineAt(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
    })),
    lineOf,
    body: source.slice(header.length),
    bodyLine: header.split('\n').length + (header.endsWith('\n') ? 0 : 1),
  };
}
