/**
 * Plain text from the Markdown of a change record, for places that cannot
 * carry markup: feed descriptions and the like.
 */

/** Blocks that are not prose: headings, fences, MDX imports and exports, HTML or JSX, tables, rules. */
const NOT_PROSE = /^(#{1,6}\s|```|~~~|import\s|export\s|<|\||-{3,}\s*$|\*{3,}\s*$)/;

/**
 * Inline Markdown to text. Code spans and backslash escapes are set aside
 * first, so their characters stay as written while links, HTML and emphasis
 * are unwrapped.
 */
export function inlineToText(markdown: string): string {
  const kept: string[] = [];
  const keep = (text: string): string => `\uE000${String(kept.push(text) - 1)}\uE000`;
  const text = markdown
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __: string, code: string) => keep(code.trim()))
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, (_, character: string) => keep(character))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1$2')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)] ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** The first prose paragraph of a Markdown body, as plain text ('' when there is none). */
export function firstParagraph(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const prose = blocks.find((block) => !NOT_PROSE.test(block));
  return prose === undefined ? '' : inlineToText(prose.replace(/^>\s?/gm, ''));
}
