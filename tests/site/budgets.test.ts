/**
 * The page-weight budgets, over every page of the built site (dist/), by
 * page type. Sizes are gzip at level 6 (what GitHub Pages and most CDNs
 * send); 1 kB is 1,000 bytes. The benchmark (npm run bench) keeps what
 * needs a browser or big builds: search bytes, Lighthouse, build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles, readPages, ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { kB, PAGE_RAW } from '../page-budgets.ts';

/** The TCP initial window (10 segments) less headers: what one round trip can bring. */
const FIRST_ROUND_TRIP = 14_000;
const FIRST_VISIT = 20_000;
const JS_BEFORE_INPUT = 1_000;
/**
 * A change page around its record (issue 14): everything but the record's own
 * prose and source list, which are as long as their authors make them.
 */
const CHANGE_PAGE_FRAME = 16_000;

const gzip = (data: string | Buffer): number => gzipSync(data, { level: 6 }).length;
const files = listFiles(ROOT_BUILD);

/** A root-relative URL of the build as its file, or undefined for another origin or a missing file. */
function fileOf(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '').slice(1);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return files.has(file) ? file : undefined;
}

/**
 * What loads only when a reader opens search: the search UI and its styles
 * (src/integrations/search-bundle.ts names them _astro/search.<hash>.js and
 * .css) and everything of Pagefind's.
 */
const isSearchCode = (file: string): boolean =>
  file.startsWith('pagefind/') || /^_astro\/search\./.test(file);
const searchFiles = [...files].filter(isSearchCode);

/** Modules a bundled script imports statically (import … from "x" / import "x"), resolved against it. */
function staticImports(file: string): string[] {
  const source = readFileSync(join(ROOT_BUILD, file), 'utf8');
  return [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].flatMap(
    ([, specifier = '']) => {
      const resolved = fileOf(new URL(specifier, `https://x/${file}`).pathname);
      return resolved ? [resolved, ...staticImports(resolved)] : [];
    },
  );
}

interface Weighed {
  file: string;
  type: string;
  /** The HTML as stored, before compression. */
  raw: number;
  /** The raw HTML less the record's own prose and sources: the paragraphs, lists and sections of its <article>. */
  frame: number;
  /** Elements carrying a class or attribute of Astro's scoped styles, which repeats on every element. */
  scoped: number;
  /** The document and the stylesheets its <head> links: everything the first paint waits for. */
  firstRoundTrip: number;
  /** Every file the page loads without any input: document, stylesheets, scripts, images, icons. */
  firstVisit: number;
  /** Inline scripts and the scripts the page loads, gzipped together as they travel. */
  jsBeforeInput: number;
  /** Search code any element of the page (or a script it loads) fetches on load. */
  searchLoaded: string[];
}

/** Every file an element of the page fetches as the page loads, with the scripts' static imports. */
function loadedFiles(document: HTMLElement): { head: string[]; all: string[]; scripts: string[] } {
  const urls = (selector: string, attribute: string): string[] =>
    document.querySelectorAll(selector).flatMap((element) => {
      const file = fileOf(element.getAttribute(attribute) ?? '');
      return file ? [file] : [];
    });
  const loading =
    'link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"]';
  const scripts = urls('script[src]', 'src');
  const withImports = [...new Set([...scripts, ...scripts.flatMap(staticImports)])];
  return {
    // A stylesheet for another medium (print) does not hold up the first paint.
    head: urls('head link[rel~="stylesheet"]:not([media="print"])', 'href'),
    all: [
      ...new Set([
        ...urls(loading, 'href'),
        ...withImports,
        ...urls('img[src]:not([loading="lazy"])', 'src'),
      ]),
    ],
    scripts: withImports,
  };
}

function weigh(file: string, html: string): Weighed {
  const document = parse(html);
  const { head, all, scripts } = loadedFiles(document);
  const bytes = (paths: readonly string[]): number =>
    paths.reduce((sum, path) => sum + gzip(readFileSync(join(ROOT_BUILD, path))), 0);
  const inline = document
    .querySelectorAll('script:not([src])')
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.rawText);
  const external = scripts.map((path) => readFileSync(join(ROOT_BUILD, path), 'utf8'));
  const js = [...inline, ...external];
  return {
    file,
    raw: Buffer.byteLength(html),
    frame:
      Buffer.byteLength(html) -
      document
        .querySelectorAll('article > p, article > ul, article > ol, article > section')
        .reduce((sum, element) => sum + Buffer.byteLength(element.outerHTML), 0),
    scoped: document
      .querySelectorAll('*')
      .filter(
        (element) =>
          element.classList.value.some((name) => /^astro-[a-z0-9]{8}$/.test(name)) ||
          Object.keys(element.attributes).some((name) => name.startsWith('data-astro-cid')),
      ).length,
    type: Object.entries(PAGE_TYPES).find(([, type]) => type.page.test(file))?.[0] ?? 'other page',
    firstRoundTrip: gzip(html) + bytes(head),
    firstVisit: gzip(html) + bytes(all),
    jsBeforeInput: js.length > 0 ? gzip(js.join('\n')) : 0,
    searchLoaded: all.filter(isSearchCode),
  };
}

const weighed = readPages().map(({ file, html }) => weigh(file, html));
const types = [...new Set(weighed.map((page) => page.type))].sort();
/** The pages of a type over a budget, each with its size: an empty list passes. */
const over = (type: string, measure: (page: Weighed) => number, limit: number): string[] =>
  weighed
    .filter((page) => page.type === type && measure(page) > limit)
    .map((page) => `${page.file}: ${kB(measure(page))}`);

describe('what the site has to weigh', () => {
  it('has pages of every content type, and the search code the budgets keep out of them', () => {
    expect(types).toEqual(expect.arrayContaining(Object.keys(PAGE_TYPES)));
    expect(searchFiles.some((file) => /^_astro\/search\..*\.js$/.test(file))).toBe(true);
    expect(searchFiles).toContain('pagefind/pagefind.js');
  });
});

describe.each(types)('every %s', (type) => {
  it(`reaches the first paint in one round trip: HTML and <head> stylesheets ≤ ${kB(FIRST_ROUND_TRIP)} gzip`, () => {
    expect(over(type, (page) => page.firstRoundTrip, FIRST_ROUND_TRIP)).toEqual([]);
  });

  it(`is a first visit of ≤ ${kB(FIRST_VISIT)} gzip, everything it loads without input included`, () => {
    expect(over(type, (page) => page.firstVisit, FIRST_VISIT)).toEqual([]);
  });

  it(`runs ≤ ${kB(JS_BEFORE_INPUT)} gzip of JavaScript before any input`, () => {
    expect(over(type, (page) => page.jsBeforeInput, JS_BEFORE_INPUT)).toEqual([]);
  });

  it(`is ≤ ${kB(PAGE_RAW)} of raw HTML`, () => {
    expect(over(type, (page) => page.raw, PAGE_RAW)).toEqual([]);
  });

  it('carries no scoped-style marks: page and component styles are global, by class', () => {
    const marked = weighed.filter((page) => page.type === type && page.scoped > 0);
    expect(marked.map((page) => `${page.file}: ${String(page.scoped)} elements`)).toEqual([]);
  });

  it('loads no search code, index or WebAssembly before search is opened', () => {
    const loaded = weighed.filter((page) => page.type === type && page.searchLoaded.length > 0);
    expect(loaded.map((page) => `${page.file}: ${page.searchLoaded.join(', ')}`)).toEqual([]);
  });
});

describe('every change page', () => {
  it(`is ≤ ${kB(CHANGE_PAGE_FRAME)} of raw HTML around its record's own prose and sources`, () => {
    const changes = weighed.filter((page) => page.type === 'change');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((page) => page.frame < page.raw)).toBe(true);
    expect(over('change', (page) => page.frame, CHANGE_PAGE_FRAME)).toEqual([]);
  });
});
