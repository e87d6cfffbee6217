import { parse, type HTMLElement } from 'node-html-parser';

/** Attributes that hold a URL the browser follows or fetches. */
export const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'poster', 'xlink:href'] as const;
export type UrlAttribute = (typeof URL_ATTRIBUTES)[number];

export interface FoundLink {
  /** Lower-case tag name, such as `a` or `img`. */
  readonly tag: string;
  readonly attribute: UrlAttribute;
  /** One URL as written (entities decoded); a srcset gives one per candidate. */
  readonly url: string;
}

export interface PageLinks {
  readonly links: readonly FoundLink[];
  /** Every fragment the page can scroll to: element ids and `<a name>`s. */
  readonly targets: ReadonlySet<string>;
  /** The page's `<base href>`, which relative URLs resolve against, if it has one. */
  readonly baseHref: string | undefined;
}

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * The URLs of a srcset, one per image candidate, following the HTML parsing
 * rules: a URL runs to white space; a URL ending in commas ends its candidate;
 * otherwise descriptors (`2x`, `480w`) follow up to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let index = 0;
  while (index < srcset.length) {
    while (index < srcset.length && (WHITESPACE.test(srcset[index] ?? '') || srcset[index] === ',')) index++;
    if (index >= srcset.length) break;
    const start = index;
    while (index < srcset.length && !WHITESPACE.test(srcset[index] ?? '')) index++;
    const url = srcset.slice(start, index);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    while (index < srcset.length && srcset[index] !== ',') index++;
  }
  return urls;
}

function attributes(element: HTMLElement): [string, string][] {
  return Object.entries(element.attributes).map(([name, value]) => [name.toLowerCase(), value]);
}

function isUrlAttribute(name: string): name is UrlAttribute {
  return (URL_ATTRIBUTES as readonly string[]).includes(name);
}

/**
 * The links and fragment targets of one HTML page. Markup inside `<pre>` and
 * `<noscript>` counts (browsers render it); text inside `<script>` and
 * `<style>` does not.
 */
export function extractLinks(html: string): PageLinks {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const links: FoundLink[] = [];
  const targets = new Set<string>();
  let baseHref: string | undefined;
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const [name, value] of attributes(element)) {
      if (name === 'id' && value !== '') targets.add(value);
      if (name === 'name' && tag === 'a' && value !== '') targets.add(value);
      if (tag === 'base' && name === 'href') {
        baseHref ??= value;
        continue;
      }
      if (!isUrlAttribute(name)) continue;
      const urls = name === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) links.push({ tag, attribute: name, url });
    }
  }
  return { links, targets, baseHref };
}
