import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { RecordRegistry } from '../../src/lib/registry.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { gitRef, parseCommit } from '../../src/lib/references/git.ts';
import { svnRef, toRevisionNumber } from '../../src/lib/references/svn.ts';
import { referenceLinks } from '../../src/plugins/reference-links.ts';

const { registry } = RecordRegistry.build([
  { ref: svnRef('base', toRevisionNumber(284296)), title: 'Remove broken blkif extensions', file: 'a.md' },
  { ref: svnRef('ports', toRevisionNumber(398918)), title: 'Xen 4.5.1 with migration', file: 'b.md' },
  { ref: svnRef('base', toRevisionNumber(12)), title: 'Twelve in base', file: 'c.md' },
  { ref: svnRef('doc', toRevisionNumber(12)), title: 'Twelve in doc', file: 'd.md' },
  { ref: gitRef('src', parseCommit('65f22ccf8247')), title: 'EC2 images boot through UEFI', file: 'e.md' },
  {
    ref: advisoryRef(parseAdvisory('FreeBSD-SA-21:06.xen')),
    title: 'Xen grant mapping error handling issues',
    file: 'f.md',
  },
]);

const fileURL = pathToFileURL('/project/content/topics/example.md');
const plugin = referenceLinks({ registry: () => registry, root: '/project' });

function html(markdown: string): string {
  return markdownToHtml(markdown, { mdastPlugins: [plugin], fileURL }).html;
}

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the transform to stop');
}

const BASE_LINK =
  '<a href="https://svnweb.freebsd.org/changeset/base/284296" title="r284296 (base): Remove broken blkif extensions" class="ref ref-svn">r284296</a>';

describe('reference links through Sätteri', () => {
  it('links a bare revision in prose to svnweb, titled with the change', () => {
    expect(html('Removed in r284296.')).toBe(`<p>Removed in ${BASE_LINK}.</p>\n`);
  });

  it('links a ports revision under ports, from its record', () => {
    expect(html('Update: r398918')).toContain('href="https://svnweb.freebsd.org/changeset/ports/398918"');
  });

  it('links a git commit to cgit and an advisory to its text', () => {
    const out = html('Since 65f22ccf8247 and FreeBSD-SA-21:06.xen.');
    expect(out).toContain(
      '<a href="https://cgit.freebsd.org/src/commit/?id=65f22ccf8247" title="65f22ccf8247 (src): EC2 images boot through UEFI" class="ref ref-git">65f22ccf8247</a>',
    );
    expect(out).toContain(
      '<a href="https://security.freebsd.org/advisories/FreeBSD-SA-21:06.xen.asc" title="FreeBSD-SA-21:06.xen: Xen grant mapping error handling issues" class="ref ref-advisory">FreeBSD-SA-21:06.xen</a>',
    );
  });

  it('keeps an upper-case R as written but links the same revision', () => {
    expect(html('R284296')).toContain('class="ref ref-svn">R284296</a>');
  });

  it.each([
    ['inline code', 'Run `git show r284296` now.'],
    ['a fenced code block', '```sh\nsvn log -r284296\necho 65f22ccf8247\n```'],
    ['an indented code block', '    r284296'],
    ['an existing link', '[r284296](https://example.org/)'],
    ['an existing link with more text', '[see FreeBSD-SA-21:06.xen here](https://example.org/)'],
    ['a reference-style link', '[r284296][x]\n\n[x]: https://example.org/'],
    ['an autolink', '<https://example.org/r284296>'],
    ['a word it is glued to', 'xr284296 and r284296x and x65f22ccf8247'],
  ])('leaves %s alone', (_, markdown) => {
    expect(html(markdown)).not.toMatch(/svnweb|cgit|security\.freebsd/);
  });

  it('links references in emphasis, headings, lists and tables', () => {
    const out = html('# Head r284296\n\n*r284296*\n\n- r284296\n\n| a |\n|---|\n| r284296 |');
    expect(out.match(/class="ref ref-svn"/g)).toHaveLength(4);
  });

  it('stops with the file, line, column and a fix for a reference without a record', () => {
    const error = errorOf(() => html('Fine.\n\nBut r999999 is unknown, as is 123456789abc.'));
    expect(error.message).toContain(
      'content/topics/example.md:3:5: r999999 has no record\n    fix: add content/changes/base/r999999.md',
    );
  });

  it('stops on a revision recorded in two repositories and names the component to use', () => {
    const error = errorOf(() => html('r12'));
    expect(error.message).toContain(
      'content/topics/example.md:1:1: r12 matches more than one record (c.md and d.md)',
    );
    expect(error.message).toContain('<Rev n={12} repo="…" />');
  });

  it('checks an image alt text, which cannot be linked', () => {
    expect(html('![A chart of r284296](/chart.png)')).toContain('alt="A chart of r284296"');
    const error = errorOf(() => html('Text.\n\n![Before r999998](/chart.png)'));
    expect(error.message).toContain('content/topics/example.md:3:1: image alt text: r999998 has no record');
  });

  it('runs on MDX too, but not inside a JSX anchor or the Rev component, and checks JSX string attributes', () => {
    const result = mdxToJs('See r284296. <a href="/x">r284296</a> <Rev n={284296}>r284296</Rev>', {
      mdastPlugins: [plugin],
      fileURL,
    });
    expect(result.code.match(/svnweb\.freebsd\.org/g)).toHaveLength(1);
    const error = errorOf(() =>
      mdxToJs('Text.\n\n<Chart id="x" caption="Since r999997" />', { mdastPlugins: [plugin], fileURL }),
    );
    expect(error.message).toContain('content/topics/example.md:3:1: <Chart caption>: r999997 has no record');
  });
});

describe('manual page links through Sätteri', () => {
  it('links dtrace(1) and loader.conf(5) in prose to man.freebsd.org', () => {
    expect(html('Profile with dtrace(1); see loader.conf(5).')).toBe(
      '<p>Profile with <a href="https://man.freebsd.org/cgi/man.cgi?query=dtrace&amp;sektion=1" title="FreeBSD manual page dtrace(1)" class="man">dtrace(1)</a>; see <a href="https://man.freebsd.org/cgi/man.cgi?query=loader.conf&amp;sektion=5" title="FreeBSD manual page loader.conf(5)" class="man">loader.conf(5)</a>.</p>\n',
    );
  });

  it.each([
    ['inline code', '`dtrace(1)`'],
    ['a code block', '```\npmcstat(8)\n```'],
    ['an existing link', '[xen(4)](https://example.org/)'],
  ])('leaves one in %s alone', (_, markdown) => {
    expect(html(markdown)).not.toContain('man.freebsd.org');
  });
});
