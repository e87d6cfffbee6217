import { Parser } from 'htmlparser2';
import { markupHazard } from './hazards.ts';

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
  /** Ids that more than one element of the page carries. */
  readonly duplicateIds: readonly string[];
  /** The text of every inline `<script>` and `<style>`, which the page's CSP must allow by hash. */
  readonly inlineScripts: readonly string[];
  readonly inlineStyles: readonly string[];
  /** The `content` of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
  readonly csp: string | undefined;
  /** Markup the site never writes (hazards.ts): an iframe, a refresh, an event handler… */
  readonly hazards: readonly string[];
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

function isUrlAttribute(name: string): name is UrlAttribute {
  return URL_ATTRIBUTES.some((attribute) => attribute === name);
}

/**
 * The links and fragment targets of one HTML page, read in one streaming pass
 * (htmlparser2's tokenizer, no document tree: the build reads every page).
 * Markup inside `<pre>` and `<noscript>` counts (browsers render it); text
 * inside `<script>` and `<style>` does not, and is kept as written for the
 * CSP hashes.
 */
export function extractLinks(html: string): PageLinks {
  const links: FoundLink[] = [];
  const targets = new Set<string>();
  const duplicateIds = new Set<string>();
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  let baseHref: string | undefined;
  let csp: string | undefined;
  const hazards: string[] = [];
  /** The inline script or style being read, and its text so far. */
  let code: { tag: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if ((tag === 'script' && attributes['src'] === undefined) || tag === 'style')
          code = { tag, text: '' };
        const hazard = markupHazard(tag, attributes);
        if (hazard !== undefined) hazards.push(hazard);
        if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') {
          csp ??= attributes['content'];
        }
        for (const [name, value] of Object.entries(attributes)) {
          if (name === 'id' && value !== '') {
            if (targets.has(value)) duplicateIds.add(value);
            targets.add(value);
          }
          if (name === 'name' && tag === 'a' && value !== '') targets.add(value);
          if (tag === 'base' && name === 'href') {
            baseHref ??= value;
            continue;
          }
          if (!isUrlAttribute(name)) continue;
          const urls = name === 'srcset' ? srcsetUrls(value) : [value];
          for (const url of urls) links.push({ tag, attribute: name, url });
        }
      },
      ontext(text) {
        if (code) code.text += text;
      },
      onclosetag(tag) {
        if (code?.tag !== tag) return;
        (tag === 'script' ? inlineScripts : inlineStyles).push(code.text);
        code = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return {
    links,
    targets,
    baseHref,
    duplicateIds: [...duplicateIds],
    inlineScripts,
    inlineStyles,
    csp,
    hazards,
  };
}
