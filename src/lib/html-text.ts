import { parse } from 'node-html-parser';

/**
 * The text of the first paragraph of rendered HTML, as a reader sees it:
 * tags dropped, entities decoded once, white space folded. The HTML is the
 * site's own rendering of a record, so code spans arrive escaped and leave
 * as plain text. One parse, linear in the input.
 */
export function firstParagraphText(html: string): string {
  const paragraph = parse(html).querySelector('p');
  return (paragraph?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
