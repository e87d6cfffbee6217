import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../lib/content-error.ts';
import { sourceOfPage } from '../lib/page-types.ts';
import { PAGE_RAW_BYTES } from '../lib/site-check/budgets.ts';
import { cspProblems } from '../lib/site-check/csp.ts';
import { jsonProblem, xmlProblem } from '../lib/site-check/data-files.ts';
import { ALLOWED_HOSTS } from '../lib/site-check/external-hosts.ts';
import { extractLinks } from '../lib/site-check/extract.ts';
import { LinkChecker } from '../lib/site-check/links.ts';

/** What the checks need to know about the build. */
export interface SiteCheckContext {
  /** The site's origin and base path, to tell internal links from external ones. */
  readonly origin: string;
  readonly base: string;
  /** Each route's URL pattern and file, to name the file a generated page comes from. */
  readonly routes: readonly { pattern: RegExp; file: string }[];
}

/**
 * The last step of every build, in a process of its own
 * (src/integrations/finish-and-check.ts): reads each built page once and finds every
 * link to a missing page or anchor, link to a host off the allow-list or over
 * plain http, id used twice on a page, inline script or style the page's
 * own Content-Security-Policy would block, and markup the site never writes
 * (an iframe, a refresh, a base, a form that leaves the site, an event handler);
 * and every page over its byte budget, every XML and JSON file that does not parse. Each problem names the file the
 * page is made from. Returns the problems and a line for the log.
 */
export async function checkSite(
  outDir: string,
  { origin, base, routes }: SiteCheckContext,
): Promise<{ problems: ContentProblem[]; summary: string }> {
  const files = new Set(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
  const problems: ContentProblem[] = [];
  const at = (page: string, message: string, fix: string): void => {
    problems.push({ file: sourceOfPage(page, routes), message: `on ${page}: ${message}`, fix });
  };
  // One page at a time: only its ids and its links to elements of other pages are kept.
  const links = new LinkChecker(files, { site: { origin, base }, allowedHosts: ALLOWED_HOSTS });
  for (const page of files) {
    // Feeds, sitemaps and data files, read as their readers' parsers read them (Pagefind's are its own).
    const dataProblem = /^pagefind/.test(page)
      ? undefined
      : page.endsWith('.xml')
        ? xmlProblem(readFileSync(join(outDir, page), 'utf8'))
        : page.endsWith('.json')
          ? jsonProblem(readFileSync(join(outDir, page), 'utf8'))
          : undefined;
    if (dataProblem !== undefined) {
      at(
        page,
        `not well-formed: ${dataProblem}`,
        'find the content the text comes from and take out what a feed cannot carry',
      );
    }
    if (!page.endsWith('.html')) continue;
    const html = readFileSync(join(outDir, page), 'utf8');
    const bytes = Buffer.byteLength(html);
    if (bytes > PAGE_RAW_BYTES) {
      at(
        page,
        `${(bytes / 1000).toFixed(1)} kB of HTML, over the ${String(PAGE_RAW_BYTES / 1000)} kB every page keeps to`,
        'shorten the content, or split or paginate the list that makes the page grow',
      );
    }
    const facts = extractLinks(html);
    links.add(page, facts);
    for (const id of facts.duplicateIds) {
      at(
        page,
        `the id "${id}" is used more than once`,
        'rename a heading or an element so every id on the page is unique',
      );
    }
    for (const problem of cspProblems(facts)) {
      at(
        page,
        problem,
        "content may not carry inline code; the site's own goes in a component Astro bundles, or in src/integrations/inline-code.ts",
      );
    }
    for (const hazard of facts.hazards) {
      at(
        page,
        `${hazard}: the site never writes this markup`,
        'remove it from the content or component that writes it (CONTRIBUTING.md lists what content may hold)',
      );
    }
  }
  const report = links.finish();
  for (const problem of report.problems) {
    at(
      problem.page,
      `${problem.link} → ${problem.problem}`,
      problem.kind === 'internal'
        ? 'link to a page or heading that exists (site paths are written from the root, such as /topics/netfront/#queues)'
        : 'link over https, to a host listed with its reason in src/lib/site-check/external-hosts.ts',
    );
  }
  return {
    problems,
    summary: `checked ${String(report.pages)} pages: ${String(report.internal)} internal links, ${String(report.external)} external, ids, CSP and markup`,
  };
}
