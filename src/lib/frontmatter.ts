import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export type DataPath = readonly PropertyKey[];

/** Where a value starts in its file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Parsed structured text (YAML front matter or a JSON file) that can say where each value was written. */
export interface Located {
  /** The parsed value, not yet validated; undefined where the text could not be parsed. */
  readonly data: unknown;
  /** Syntax errors, placed in the whole file. */
  readonly errors: readonly (Position & { message: string; fix?: string })[];
  /** Where the value at `path` starts, or its key, or the nearest parent that exists. */
  locate(path: DataPath): Position;
}

export interface Frontmatter extends Located {
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** Line of the body's first line in the whole file. */
  readonly bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Positions of a parsed YAML document, shifted by the lines before it in its file. */
function locator(document: Document, counter: LineCounter, lineOffset: number): (path: DataPath) => Position {
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return (path) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const parent = depth > 1 ? document.getIn(path.slice(0, depth - 1), true) : document.contents;
      const key = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        const value = pair?.value;
        // The value where it is written on the key's own line, else the key.
        if (depth === path.length && isScalar(value) && value.range) return at(value.range[0]);
        if (isScalar(pair?.key) && pair.key.range) return at(pair.key.range[0]);
      } else if (isSeq(parent) && typeof key === 'number') {
        const item: unknown = parent.items[key];
        if (isNode(item) && item.range) return at(item.range[0]);
      }
    }
    return { line: 1 + lineOffset - (lineOffset > 0 ? 1 : 0), column: 1 };
  };
}

/** Splits `---` YAML front matter from a Markdown file and keeps track of where each value is. */
export function readFrontmatter(source: string): Frontmatter {
  const match = FENCE.exec(source);
  const header = match?.[0] ?? '';
  const counter = new LineCounter();
  const document = parseDocument(match?.[1] ?? '', {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  // The opening fence is line 1, so the YAML starts on line 2.
  const locate = locator(document, counter, 1);
  const errors = document.errors.map((error) => ({
    ...locate([]),
    ...positionOf(counter, error.pos[0], 1),
    message: firstLine(error.message),
  }));
  let data: unknown;
  try {
    data = match && errors.length === 0 ? document.toJS() : undefined;
  } catch (error) {
    // An alias bomb (anchors that expand to billions of values): yaml stops it, and so do we, at the first alias.
    const alias = /\*[^\s,\]}]+/.exec(match?.[1] ?? '');
    errors.push({
      ...positionOf(counter, alias?.index ?? 0, 1),
      message: `${firstLine(error instanceof Error ? error.message : String(error))}: the aliases (*name) expand too far`,
    });
  }
  return {
    data,
    errors,
    locate,
    body: source.slice(header.length),
    bodyLine: header.split('\n').length + (header.endsWith('\n') ? 0 : 1),
  };
}

/** Parses a JSON file strictly (JSON.parse), and keeps track of where each value is. */
export function readJson(source: string): Located {
  const counter = new LineCounter();
  const document = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const locate = locator(document, counter, 0);
  try {
    const data: unknown = JSON.parse(source);
    // JSON.parse keeps the last of two equal keys without a word; the YAML reading of the same text notices.
    const duplicates = document.errors
      .filter((error) => error.code === 'DUPLICATE_KEY')
      .map((error) => ({
        ...positionOf(counter, error.pos[0], 0),
        message: 'a key is given twice in one object, and JSON keeps only the last',
        fix: 'keep one of the two: merge what they say, or rename the one that means something else',
      }));
    return { data: duplicates.length > 0 ? undefined : data, errors: duplicates, locate };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8: "… in JSON at position 42 (line 3 column 5)"; older forms give only the position.
    const position = /position (\d+)/.exec(message);
    const where = position ? positionOf(counter, Number(position[1]), 0) : { line: 1, column: 1 };
    // The place is given as line and column, so the message drops V8's own "at position …".
    const text = firstLine(
      message.replace(/ \(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, ''),
    );
    return { data: undefined, errors: [{ ...where, message: text }], locate };
  }
}

function positionOf(counter: LineCounter, offset: number, lineOffset: number): Position {
  const { line, col } = counter.linePos(offset);
  return { line: line + lineOffset, column: col };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
