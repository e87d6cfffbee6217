import { XMLValidator } from 'fast-xml-parser';

/** A character XML 1.0 does not allow (its Char production), such as NUL or ESC. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** An entity reference XML does not define without a DTD (the feeds have none). */
const UNDEFINED_ENTITY = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** `line:column` of an offset in a text, 1-based. */
function place(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${String(before.split('\n').length)}:${String(offset - before.lastIndexOf('\n'))}`;
}

/**
 * Why a built XML file (a feed, a sitemap) is not well-formed XML 1.0, or
 * undefined: a character XML does not allow, an entity it does not define,
 * or a syntax error (fast-xml-parser's validator), each with its line and column.
 */
export function xmlProblem(text: string): string | undefined {
  const character = NOT_XML_CHAR.exec(text);
  if (character) {
    const code = character[0].codePointAt(0) ?? 0;
    return `${place(text, character.index)}: U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  }
  const entity = UNDEFINED_ENTITY.exec(text);
  if (entity) return `${place(text, entity.index)}: an & that starts no entity XML defines`;
  const result = XMLValidator.validate(text);
  if (result === true) return undefined;
  return `${String(result.err.line)}:${String(result.err.col)}: ${result.err.msg}`;
}

/** Why a built JSON file does not parse, or undefined. */
export function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
