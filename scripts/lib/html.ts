import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT_BUILD } from './dist.ts';

/** A built page, parsed. `path` is the route, such as /topics/blkfront/, or a file inside the build. */
export function load(path: string, dir: string = ROOT_BUILD): HTMLElement {
  const file = path.endsWith('.html') ? path : `${path.replace(/\/$/, '')}/index.html`;
  // <pre> is parsed like any element, so code blocks read as the text a reader sees.
  return parse(readFileSync(`${dir}/${file.replace(/^\//, '')}`, 'utf8'), {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true },
  });
}

/** Text with white space folded, as a reader sees it. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A table as rows of cell texts, header row included. */
export function tableCells(table: HTMLElement): string[][] {
  return table.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));
}

export interface Anchor {
  href: string;
  title: string;
  text: string;
  className: string;
}

/** Every link of a page or part of one. */
export function anchors(root: HTMLElement): Anchor[] {
  return root.querySelectorAll('a').map((link) => ({
    href: link.getAttribute('href') ?? '',
    title: link.getAttribute('title') ?? '',
    text: text(link),
    className: link.getAttribute('class') ?? '',
  }));
}

/** Every value of an attribute on a page, entities decoded. */
export function attributeValues(root: HTMLElement, attribute: string): string[] {
  return root.querySelectorAll(`[${attribute}]`).map((element) => element.getAttribute(attribute) ?? '');
}
