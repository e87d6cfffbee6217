import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED_HOSTS, EXTERNAL_HOSTS } from '../../src/lib/site-check/external-hosts.ts';
import { checkLinks, formatProblems, type LinkCheckReport } from '../../src/lib/site-check/links.ts';
import { BUILDS, listFiles, readPages, SITE_URL } from '../../scripts/lib/dist.ts';

const reports = BUILDS.map(({ dir, base }) => {
  const pages = readPages(dir);
  const files = listFiles(dir);
  const site = { origin: SITE_URL, base };
  const report = checkLinks(pages, files, { site, allowedHosts: ALLOWED_HOSTS });
  return { dir, base, pages, files, site, report };
});

const problems = (report: LinkCheckReport, kind: 'internal' | 'external'): string[] =>
  formatProblems(report.problems.filter((problem) => problem.kind === kind));

describe.each(reports)('links in the build at $base ($dir)', ({ pages, files, site, report }) => {
  it('checks every page of the build and finds links of every kind on them', () => {
    expect(report.pages).toBe(pages.length);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.internal).toBeGreaterThan(report.pages);
    expect(report.fragments).toBeGreaterThan(0);
    expect(report.external).toBeGreaterThan(0);
  });

  it('resolve every internal href, src and srcset to a file of the build, and every #fragment to an id', () => {
    expect(problems(report, 'internal')).toEqual([]);
  });

  it('go to other sites only over https, and only to hosts on the allow-list', () => {
    expect(problems(report, 'external')).toEqual([]);
  });

  it('would report a link this build cannot serve, on the page that has it', () => {
    const page = pages.find((candidate) => candidate.file === 'about/index.html');
    if (!page) throw new Error('the build has no about page');
    const broken = { file: page.file, html: `${page.html}<a href="${site.base}no-such-page/">x</a>` };
    const others = pages.filter((candidate) => candidate !== page);
    const found = checkLinks([...others, broken], files, { site, allowedHosts: ALLOWED_HOSTS }).problems;
    const added = formatProblems(found).filter((line) => !formatProblems(report.problems).includes(line));
    expect(added).toEqual([
      `${page.file}: ${site.base}no-such-page/ → no file no-such-page/index.html in the build`,
    ]);
  });
});

describe('the external host allow-list', () => {
  it('names only hosts the site links to', () => {
    const linked = new Set(reports.flatMap(({ report }) => [...report.hosts.keys()]));
    expect(EXTERNAL_HOSTS.filter((host) => !linked.has(host))).toEqual([]);
  });
});

afterAll(() => {
  for (const { dir, base, report } of reports) {
    console.log(
      `links (${dir} at ${base}): checked ${String(report.pages)} pages, ${String(report.internal)} internal links, ` +
        `${String(report.fragments)} fragments, ${String(report.external)} external links`,
    );
  }
});
