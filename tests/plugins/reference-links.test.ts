import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { RevisionRegistry } from '../../src/lib/registry.ts';
import { toRevisionNumber } from '../../src/lib/revision.ts';
import { referenceLinks } from '../../src/plugins/reference-links.ts';

const { registry } = RevisionRegistry.build([
  {
    repository: 'base',
    revision: toRevisionNumber(284296),
    title: 'Remove broken blkif extensions',
    file: 'a.md',
  },
  {
    repository: 'ports',
    revision: toRevisionNumber(398918),
    title: 'Xen 4.5.1 with migration',
    file: 'b.md',
  },
  { repository: 'base', revision: toRevisionNumber(12), title: 'Twelve in base', file: 'c.md' },
  { repository: 'doc', revision: toRevisionNumber(12), title: 'Twelve in doc', file: 'd.md' },
]);

const root = '/project';
const fileURL = pathToFileURL('/project/content/topics/example.md');
const plugin = referenceLinks({ registry, root });

function html(markdown: string): string {
  return markdownToHtml(markdown, { mdastPlugins: [plugin], fileURL }).html;
}

function errorOf(markdown: string): unknown {
  try {
    html(markdown);
  } catch (error) {
    return error;
  }
  throw new Error('expected the transform to stop');
}

const BASE_LINK =
  '<a href="https://svnweb.freebsd.org/changeset/base/284296" title="r284296 (base): Remove broken blkif extensions" class="rev">r284296</a>';

describe('revision links through Sätteri', () => {
  it('links a bare reference in prose to svnweb, titled with the change', () => {
    expect(html('Removed in r284296.')).toBe(`<p>Removed in ${BASE_LINK}.</p>\n`);
  });

  it('links a ports revision under ports, from its record', () => {
    expect(html('Update: r398918')).toContain('href="https://svnweb.freebsd.org/changeset/ports/398918"');
  });

  it('keeps an upper-case R as written but links the same revision', () => {
    expect(html('R284296')).toContain(
      'changeset/base/284296" title="r284296 (base): Remove broken blkif extensions" class="rev">R284296</a>',
    );
  });

  it.each([
    ['inline code', 'Run `git show r284296` now.'],
    ['a fenced code block', '```sh\nsvn log -r284296\necho r284296\n```'],
    ['an indented code block', '    r284296'],
    ['an existing link', '[r284296](https://example.org/)'],
    ['an existing link with more text', '[see r284296 here](https://example.org/)'],
    ['a reference-style link', '[r284296][x]\n\n[x]: https://example.org/'],
    ['an autolink', '<https://example.org/r284296>'],
    ['a word it is glued to', 'xr284296 and r284296x'],
  ])('leaves %s alone', (_, markdown) => {
    expect(html(markdown)).not.toContain('svnweb.freebsd.org');
  });

  it('links references in emphasis, headings, lists and tables', () => {
    const out = html('# Head r284296\n\n*r284296*\n\n- r284296\n\n| a |\n|---|\n| r284296 |');
    expect(out.match(/class="rev"/g)).toHaveLength(4);
  });

  it('links every reference in a list of several', () => {
    expect(html('(r284296, r398918)').match(/class="rev"/g)).toHaveLength(2);
  });

  it('stops with the file, line, column and a fix for a revision without a record', () => {
    const error = errorOf('Fine.\n\nBut r999999 is unknown.');
    expect(error).toBeInstanceOf(ContentError);
    expect(String(error)).toContain('content/topics/example.md:3:5: r999999 has no change record');
    expect(String(error)).toContain('add content/changes/base/r999999.md');
  });

  it('stops on a number recorded in two repositories and names the component to use', () => {
    const error = errorOf('r12');
    expect(String(error)).toMatch(/r12 is recorded in more than one repository \(base, doc\)/);
    expect(String(error)).toContain('<Rev n={12} repo="base" />');
  });

  it('runs on MDX too, but not inside a JSX anchor or the Rev component', () => {
    const result = mdxToJs('See r284296. <a href="/x">r284296</a> <Rev n={284296}>r284296</Rev>', {
      mdastPlugins: [plugin],
      fileURL,
    });
    expect(result.code.match(/svnweb\.freebsd\.org/g)).toHaveLength(1);
  });
});

describe('manual page links through Sätteri', () => {
  it('links dtrace(1) and loader.conf(5) in prose to man.freebsd.org', () => {
    const out = html('Profile with dtrace(1); see loader.conf(5).');
    expect(out).toBe(
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
