import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';

/** A built page, parsed. `path` is the route, such as /topics/blkfront/. */
export function load(path: string, dir: string = ROOT_BUILD): HTMLElement {
  const file = path.endsWith('.html') ? path : `${path.replace(/\/$/, '')}/index.html`;
  return parse(readFileSync(`${dir}${file}`, 'utf8'));
}

/** Text with white space folded, as a reader sees it. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A table as rows of cell texts, header row included. */
export function tableCells(table: HTMLElement): string[][] {
  return table.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));
}
