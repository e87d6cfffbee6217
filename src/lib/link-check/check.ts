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
  /** Hosts external links may go to (src/lib/external-hosts.ts). */
  readonly allowedHosts: readonly string[];
}

function internalProblem(
  path: string,
  fragment: string | undefined,
  files: ReadonlySet<string>,
  parsed: ReadonlyMap<string, PageLinks>,
): string | undefined {
  const file = fileForPath(path);
  if (!files.has(file)) {
    return files.has(`${file}/index.html`)
      ? `no file ${file} in the build: write ${path}/ (the site uses trailing slashes)`
      : `no file ${file} in the build`;
  }
  if (fragment === undefined) return undefined;
  if (fragment === '') return 'empty fragment "#": name the element to go to';
  const target = parsed.get(file);
  if (!target) return `fragment #${fragment} on ${file}, which is not an HTML page`;
  return target.targets.has(fragment) ? undefined : `no element with id "${fragment}" on ${file}`;
}

function externalProblem(url: URL, allowed: ReadonlySet<string>): string | undefined {
  if (url.protocol !== 'https:') return `${url.protocol}// link: use https`;
  if (!allowed.has(url.hostname)) {
    return `host ${url.hostname} is not in the allow-list (src/lib/external-hosts.ts)`;
  }
  return undefined;
}

/**
 * Checks every link on every page of a build: internal links must resolve to
 * a file of the build (and a fragment to an id on that page), external links
 * must use https and go to an allowed host. Reports every problem, not the first.
 */
export function checkLinks(
  pages: readonly HtmlPage[],
  files: ReadonlySet<string>,
  { site, allowedHosts }: LinkCheckOptions,
): LinkCheckReport {
  const parsed = new Map(pages.map((page) => [page.file, extractLinks(page.html)] as const));
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  const problems: LinkProblem[] = [];
  const hosts = new Map<string, number>();
  let internal = 0;
  let fragments = 0;
  let external = 0;
  for (const [page, { links, baseHref }] of parsed) {
    const here = pageUrl(page, site);
    const from = baseHref === undefined ? here : new URL(baseHref, here).href;
    for (const { url: link } of links) {
      const resolved = resolveLink(link, from, site);
      let problem: string | undefined;
      let kind: LinkProblem['kind'] = 'internal';
      if (resolved.kind === 'broken') {
        problem = resolved.reason;
      } else if (resolved.kind === 'internal') {
        internal++;
        if (resolved.fragment !== undefined) fragments++;
        problem = internalProblem(resolved.path, resolved.fragment, files, parsed);
      } else if (resolved.kind === 'external') {
        external++;
        kind = 'external';
        hosts.set(resolved.url.hostname, (hosts.get(resolved.url.hostname) ?? 0) + 1);
        problem = externalProblem(resolved.url, allowed);
      }
      if (problem !== undefined) problems.push({ kind, page, link, problem });
    }
  }
  return { problems, pages: pages.length, internal, fragments, external, hosts };
}

/** One line per problem: `page: link → problem`. */
export function formatProblems(problems: readonly LinkProblem[]): string[] {
  return problems.map(({ page, link, problem }) => `${page}: ${link} → ${problem}`);
}
