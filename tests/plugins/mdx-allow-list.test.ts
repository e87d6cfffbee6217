import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isContentError } from '../../src/lib/content-error.ts';
import { markupProblems } from '../../src/plugins/markup-check.ts';
import { mdxAllowList } from '../../src/plugins/mdx-allow-list.ts';

const fileURL = pathToFileURL('/project/content/topics/t.mdx');
const plugin = mdxAllowList({ root: '/project' });
const compile = (source: string): string => mdxToJs(source, { mdastPlugins: [plugin], fileURL }).code;
const REV = "import Rev from '../../src/components/Rev.astro';";

/** Every problem reported, as `line:column: message`. */
function problems(source: string): string[] {
  try {
    compile(source);
  } catch (error) {
    if (isContentError(error))
      return error.problems.map((p) => `${String(p.line)}:${String(p.column)}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('MDX runs no author code', () => {
  it.each([
    [
      'an import of a Node module',
      "import { execSync } from 'node:child_process';\n\n{execSync('id')}\n",
      [
        "1:1: \"import { execSync } from 'node:child_process';\": MDX may import only the site's components (Rev, Commit, Chart, GuestSupportTable, VirtualizationSpectrum, XenArchitecture, HypervisorTypes), each by its own name",
        "3:1: {execSync('id')}: MDX may not run code; only a comment {/* … */} is allowed",
      ],
    ],
    [
      'a ?raw import of a file outside the project',
      `${REV}\nimport Passwd from '../../../../etc/passwd?raw';\n\nText.\n`,
      [
        "2:1: \"import Passwd from '../../../../etc/passwd?raw';\": MDX may import only the site's components (Rev, Commit, Chart, GuestSupportTable, VirtualizationSpectrum, XenArchitecture, HypervisorTypes), each by its own name",
      ],
    ],
    [
      'a component file imported with a query',
      "import Rev from '../../src/components/Rev.astro?raw';\n\n<Rev n={1} />\n",
      [expect.stringMatching(/^1:1: .*MDX may import only the site's components/)],
    ],
    [
      'a site component under another name',
      "import Chart from '../../src/components/Rev.astro';\n\nText.\n",
      [expect.stringMatching(/^1:1: .*each by its own name/)],
    ],
    [
      'an export',
      "export const x = require('fs');\n\nText.\n",
      [expect.stringMatching(/^1:1: "export const x/)],
    ],
    [
      'a Fragment with set:html',
      "{<Fragment set:html={'<script>alert(1)</script>'} />}\n",
      [expect.stringMatching(/^1:1: \{<Fragment set:html=.*MDX may not run code/)],
    ],
    [
      'an environment variable',
      'The key is {process.env.SECRET}.\n',
      ['1:12: {process.env.SECRET}: MDX may not run code; only a comment {/* … */} is allowed'],
    ],
    [
      'an endless loop',
      '{(() => { while (true) {} })()}\n',
      [expect.stringMatching(/^1:1: \{\(\(\) => \{ while \(true\) \{\} \}\)\(\)\}: MDX may not run code/)],
    ],
    [
      'a comment that hides code after it',
      '{/* a */ process.exit(1) /* b */}\n',
      [expect.stringMatching(/^1:1: .*MDX may not run code/)],
    ],
    [
      'a prop computed by code',
      `${REV}\n\n<Rev n={Number(process.env.N)} />\n`,
      ['3:1: <Rev n={Number(process.env.N)} is not a literal>: MDX may not run code'],
    ],
    [
      'spread props',
      `${REV}\n\n<Rev {...globalThis} />\n`,
      ['3:1: <Rev {...globalThis}>: MDX may not spread attributes'],
    ],
    [
      'a prop the component does not take',
      `${REV}\n\n<Rev n={1} set:html="<script>x</script>" />\n`,
      ['3:1: <Rev set:html> is not a prop of Rev (n, repo)'],
    ],
    [
      "a component that is not the site's",
      'Text <Fragment>x</Fragment>.\n',
      [expect.stringMatching(/^1:6: <Fragment> is not one of the site's MDX components/)],
    ],
    ['a component used without its import', '<Rev n={1} />\n', ['1:1: <Rev> is used but not imported']],
    [
      'a member expression as a component',
      '<globalThis.Deno n={1} />\n',
      [expect.stringMatching(/^1:1: <globalThis.Deno> is not one of the site's MDX components/)],
    ],
  ])('refuses %s, with its line and column', (_, source, expected) => {
    expect(problems(source)).toEqual(expected);
  });

  it('reports every problem of a file, not only the first', () => {
    expect(problems('{a}\n\n{b}\n\n{c}\n')).toHaveLength(3);
  });

  it('counts lines from the top of the file, front matter included', () => {
    expect(problems('---\ntitle: x\n---\n\n{process.env.X}\n')).toEqual([
      '5:1: {process.env.X}: MDX may not run code; only a comment {/* … */} is allowed',
    ]);
  });

  it('lets the site components with literal props, comments and Markdown through', () => {
    const source = [
      REV,
      "import Chart from '../../src/components/charts/Chart.astro';",
      '',
      '{/* a note for authors */}',
      '',
      'See <Rev n={398918} repo="ports" /> and <Rev n={1} repo={"base"} />.',
      '',
      '<Chart id="netfront-queues" />',
      '',
      '<details open><summary>More</summary>Text with `{code}`.</details>',
      '',
    ].join('\n');
    expect(problems(source)).toEqual([]);
  });
});

describe('markupProblems', () => {
  const files = [
    { path: 'content/topics/a.mdx', text: '---\ntitle: a\n---\n\n{process.env.X}\n' },
    { path: 'content/topics/b.mdx', text: '---\ntitle: b\n---\n\nText <3 is not a tag.\n' },
    {
      path: 'content/changes/base/r1.md',
      text: '---\ntitle: r1\n---\n\n<!-- a --><script>x()</script><!-- b -->\n',
    },
    { path: 'content/data/topics.json', text: '{ "<script>": 1 }' },
  ];
  const located = (markdown: boolean): string[] =>
    markupProblems(files, '/project', { markdown }).map(
      (problem) =>
        `${problem.file}:${String(problem.line)}:${String(problem.column)}: ${problem.message.slice(0, 40)}`,
    );

  it('reports every Markdown and MDX file at once, syntax errors at their line and column', () => {
    expect(located(true)).toEqual([
      'content/topics/a.mdx:5:1: {process.env.X}: MDX may not run code; o',
      // Column 6 is the `<` that opens no tag.
      'content/topics/b.mdx:5:6: not valid MDX: Unexpected character afte',
      'content/changes/base/r1.md:5:1: raw HTML is not allowed in Markdown: "<!',
    ]);
  });

  it('leaves Markdown bodies to the build when told (it meets them while rendering)', () => {
    expect(located(false).map((line) => line.split(':')[0])).toEqual([
      'content/topics/a.mdx',
      'content/topics/b.mdx',
    ]);
  });
});
