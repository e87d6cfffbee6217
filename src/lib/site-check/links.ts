import { extractLinks, type PageLinks } from './extract.ts';
import { fileForPath, pageUrl, resolveLink, type SiteLocation } from './resolve.ts';

export interface HtmlPage {
  /** Path of the HTML file inside the build, such as `changes/index.html`. */
  readonly file: string;
  readonly html: string;
}

export interface LinkProblem {
  /** `internal`: a link into the build; `external`: a link to another site. */
  readonly kind: 'internal' | 'external';
  readonly page: string;
  readonly link: string;
  readonly problem: string;
}

export interface LinkCheckReport {
  readonly problems: readonly LinkProblem[];
  readonly pages: number;
  /** Links into the build, same-page `#fragment` links included. */
  readonly internal: number;
  /** Internal links that name a fragment. */
  readonly fragments: number;
  readonly external: number;
  /** How often each external host is linked to. */
  readonly hosts: ReadonlyMap<string, number>;
}

export interface LinkCheckOptions {
  readonly site: SiteLocation;
  /** Hosts external links may go to (src/lib/site-check/external-hosts.ts). */
  readonly allowedHosts: readonly string[];
}

/** Whether a page path names a file of the build, and why not. */
function fileProblem(path: string, files: ReadonlySet<string>): string | undefined {
  const file = fileForPath(path);
  if (files.has(file)) return undefined;
  return files.has(`${file}/index.html`)
    ? `no file ${file} in the build: write ${path}/ (the site uses trailing slashes)`
    : `no file ${file} in the build`;
}

function fragmentProblem(
  file: string,
  fragment: string,
  targets: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  const ids = targets.get(file);
  if (!ids) return `fragment #${fragment} on ${file}, which is not an HTML page`;
  return ids.has(fragment) ? undefined : `no element with id "${fragment}" on ${file}`;
}

function externalProblem(url: URL, allowed: ReadonlySet<string>): string | undefined {
  if (url.protocol !== 'https:') return `${url.protocol}// link: use https`;
  if (!allowed.has(url.hostname)) {
    return `host ${url.hostname} is not in the allow-list (src/lib/site-check/external-hosts.ts)`;
  }
  return undefined;
}

/**
 * Checks every link on every page of a build, one page at a time, keeping only
 * each page's ids and the links to an element of another page until every page
 * is in: internal links must resolve to a file of the build (and a fragment to
 * an id on that page), external links must use https and go to an allowed
 * host. Reports every problem, not the first, in the order of the pages and
 * their links.
 */
export class LinkChecker {
  readonly #files: ReadonlySet<string>;
  readonly #site: SiteLocation;
  readonly #allowed: ReadonlySet<string>;
  readonly #targets = new Map<string, ReadonlySet<string>>();
  /** Links to an element of a page that may not be read yet, with where they were met. */
  readonly #pending: { order: number; page: string; link: string; file: string; fragment: string }[] = [];
  readonly #problems: (LinkProblem & { order: number })[] = [];
  readonly #hosts = new Map<string, number>();
  #order = 0;
  #pages = 0;
  #internal = 0;
  #fragments = 0;
  #external = 0;

  constructor(files: ReadonlySet<string>, { site, allowedHosts }: LinkCheckOptions) {
    this.#files = files;
    this.#site = site;
    this.#allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  }

  /** Checks a page's links; those to an element of another page wait for finish(). */
  add(page: string, { links, baseHref, targets }: Pick<PageLinks, 'links' | 'baseHref' | 'targets'>): void {
    this.#pages++;
    this.#targets.set(page, targets);
    const here = pageUrl(page, this.#site);
    const from = baseHref === undefined ? here : new URL(baseHref, here).href;
    for (const { url: link } of links) {
      const order = this.#order++;
      const resolved = resolveLink(link, from, this.#site);
      let problem: string | undefined;
      let kind: LinkProblem['kind'] = 'internal';
      if (resolved.kind === 'broken') {
        problem = resolved.reason;
      } else if (resolved.kind === 'internal') {
        this.#internal++;
        problem = fileProblem(resolved.path, this.#files);
        if (problem === undefined && resolved.fragment !== undefined) {
          this.#fragments++;
          const file = fileForPath(resolved.path);
          if (resolved.fragment === '') problem = 'empty fragment "#": name the element to go to';
          else if (file === page) problem = fragmentProblem(file, resolved.fragment, this.#targets);
          else this.#pending.push({ order, page, link, file, fragment: resolved.fragment });
        } else if (resolved.fragment !== undefined) {
          this.#fragments++;
        }
      } else if (resolved.kind === 'external') {
        this.#external++;
        kind = 'external';
        this.#hosts.set(resolved.url.hostname, (this.#hosts.get(resolved.url.hostname) ?? 0) + 1);
        problem = externalProblem(resolved.url, this.#allowed);
      }
      if (problem !== undefined) this.#problems.push({ order, kind, page, link, problem });
    }
  }

  /** Checks the links that waited for every page, and reports. */
  finish(): LinkCheckReport {
    for (const { order, page, link, file, fragment } of this.#pending) {
      const problem = fragmentProblem(file, fragment, this.#targets);
      if (problem !== undefined) this.#problems.push({ order, kind: 'internal', page, link, problem });
    }
    this.#pending.length = 0;
    const problems = this.#problems
      .sort((a, b) => a.order - b.order)
      .map(({ kind, page, link, problem }) => ({ kind, page, link, problem }));
    return {
      problems,
      pages: this.#pages,
      internal: this.#internal,
      fragments: this.#fragments,
      external: this.#external,
      hosts: this.#hosts,
    };
  }
}

/**
 * Checks every link on every page of a build (see LinkChecker). Reports every
 * problem, not the first.
 */
export function checkLinks(
  pages: readonly HtmlPage[],
  files: ReadonlySet<string>,
  options: LinkCheckOptions,
): LinkCheckReport {
  return checkExtractedLinks(
    new Map(pages.map((page) => [page.file, extractLinks(page.html)] as const)),
    files,
    options,
  );
}

/** As checkLinks, over pages already parsed. */
export function checkExtractedLinks(
  parsed: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  options: LinkCheckOptions,
): LinkCheckReport {
  const checker = new LinkChecker(files, options);
  for (const [page, links] of parsed) checker.add(page, links);
  return checker.finish();
}

/** One line per problem: `page: link → problem`. */
export function formatProblems(problems: readonly LinkProblem[]): string[] {
  return problems.map(({ page, link, problem }) => `${page}: ${link} → ${problem}`);
}
