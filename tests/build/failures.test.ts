import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCopy } from '../../scripts/lib/project-copy.ts';

/**
 * Bad input that only a real `astro build` can meet: Markdown bodies and MDX
 * as they render, the built pages' links and ids, and the environment. Each
 * build breaks several things of one class at once and expects every one
 * reported with its file, line and column, the problem and the fix. Bad
 * front matter and data files fail before rendering and are covered without
 * a build (tests/schemas/validate.test.ts); one build here shows they stop it.
 */
let project: ProjectCopy | undefined;

afterEach(() => {
  project?.remove();
  project = undefined;
});

function breakAndBuild(change: (copy: ProjectCopy) => void, env: Record<string, string> = {}): string {
  project = new ProjectCopy();
  change(project);
  const { status, output } = project.build(env);
  expect(status, output).not.toBe(0);
  return output;
}

/** `line:column` of the first occurrence of a string in a file of the copy. */
function place(copy: ProjectCopy, file: string, needle: string): string {
  const text = copy.read(file);
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} is not in ${file}`);
  const before = text.slice(0, at);
  return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
}

describe('npm run build stops', () => {
  it('on every bad Markdown body of the records at once: unknown references, raw HTML, unsafe links', () => {
    let copy!: ProjectCopy;
    const output = breakAndBuild((broken) => {
      copy = broken;
      broken.edit('content/changes/base/r284296.md', (text) => `${text}\nSee also r111111.\n`);
      broken.edit(
        'content/changes/base/r289033.md',
        (text) => `${text}\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n`,
      );
      broken.edit('content/changes/base/r282908.md', (text) => `${text}\n[click](javascript:alert(1))\n`);
      broken.edit(
        'content/glossary/grant-table.md',
        (text) => `${text}\nFirst used in FreeBSD-SA-99:01.xen.\n`,
      );
    });
    expect(output).toContain(
      `content/changes/base/r284296.md:${place(copy, 'content/changes/base/r284296.md', 'r111111')}: r111111 has no record`,
    );
    expect(output).toContain('fix: add content/changes/base/r111111.md');
    expect(output).toContain(
      `content/changes/base/r289033.md:${place(copy, 'content/changes/base/r289033.md', '<meta')}: raw HTML is not allowed in Markdown: "<meta http-equiv=\\"refresh\\"`,
    );
    expect(output).toContain(
      `content/changes/base/r282908.md:${place(copy, 'content/changes/base/r282908.md', '[click]')}: link "javascript:alert(1)": the javascript: scheme is not allowed`,
    );
    expect(output).toContain(
      `content/glossary/grant-table.md:${place(copy, 'content/glossary/grant-table.md', 'FreeBSD-SA-99')}: FreeBSD-SA-99:01.xen has no record`,
    );
  });

  it('on a reference in topic MDX that has no record, naming the file, line and column', () => {
    const file = 'content/topics/blkfront.mdx';
    let copy!: ProjectCopy;
    const output = breakAndBuild((broken) => {
      copy = broken;
      broken.edit(file, (text) => `${text}\n\nA later fix, r999999, is not recorded.\n`);
    });
    expect(output).toContain(`${file}:${place(copy, file, 'r999999')}: r999999 has no record`);
    expect(output).toContain('fix: add content/changes/base/r999999.md');
  });

  it('on a component that names nothing, at its place in the MDX', () => {
    const file = 'content/topics/migration.mdx';
    let copy!: ProjectCopy;
    const output = breakAndBuild((broken) => {
      copy = broken;
      broken.edit(file, (text) =>
        text.replace('<Rev n={398918} repo="ports" />', '<Rev n={123456} repo="ports" />'),
      );
    });
    expect(output).toContain(
      `${file}:${place(copy, file, '<Rev n={123456}')}: <Rev n={123456} repo="ports">: r123456 has no record in ports`,
    );
  });

  it('on a link to a page or anchor that does not exist, and on an id used twice, naming the source file', () => {
    const output = breakAndBuild((broken) => {
      broken.edit(
        'content/topics/netfront.mdx',
        (text) =>
          `${text}\n\nSee [the old page](/topics/xenbus/) and [queues](/topics/netfront/#no-such-heading).\n`,
      );
      broken.edit('content/topics/pvh.mdx', (text) => `${text}\n\n<span id="toc-heading">clash</span>\n`);
    });
    expect(output).toContain(
      'content/topics/netfront.mdx: on topics/netfront/index.html: /topics/xenbus/ → no file topics/xenbus/index.html in the build',
    );
    expect(output).toContain(
      'content/topics/netfront.mdx: on topics/netfront/index.html: /topics/netfront/#no-such-heading → no element with id "no-such-heading" on topics/netfront/index.html',
    );
    expect(output).toContain(
      'content/topics/pvh.mdx: on topics/pvh/index.html: the id "toc-heading" is used more than once',
    );
  });

  it('on bad front matter and data files before rendering anything, listing every problem', () => {
    const output = breakAndBuild((broken) => {
      broken.edit('content/data/charts.json', (text) => text.replace('"unit": "Gb/s",', '"unit": "Gb/s",,'));
      broken.edit('content/changes/base/r284296.md', (text) =>
        text.replace(/^verified: .*$/m, 'verified: maybe'),
      );
    });
    expect(output).toMatch(
      /content\/data\/charts\.json:\d+:\d+: not valid JSON: Expected double-quoted property name/,
    );
    expect(output).toMatch(
      /content\/changes\/base\/r284296\.md:\d+:\d+: verified: expected true or false \(found "maybe"\)/,
    );
    expect(output).not.toMatch(/Rust|panicked|RUST_BACKTRACE/);
    expect(output).not.toContain('generating static routes');
    // npm run validate finds the same problems without a build.
    const validated = project?.validate();
    expect(validated?.status).toBe(1);
    const problemLines = (text: string): string[] =>
      text.split('\n').filter((line) => /^content\/\S+:\d+:\d+: /.test(line));
    expect(problemLines(validated?.output ?? '')).toEqual(problemLines(output));
    expect(problemLines(output)).toHaveLength(2);
  });

  it('on environment variables that name no site, saying which variable, its value and an example', () => {
    const output = breakAndBuild(() => undefined, {
      SITE_URL: 'freebsd-xen.example.org',
      BASE_PATH: 'https://example.org/freebsd-xen/',
    });
    expect(output).toContain(
      'environment variable SITE_URL: "freebsd-xen.example.org" is not the address of a site',
    );
    expect(output).toContain(
      'fix: set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    );
    expect(output).toContain(
      'environment variable BASE_PATH: "https://example.org/freebsd-xen/" is not a path',
    );
    expect(output).toContain('for example BASE_PATH=/freebsd-xen/');
  });
});
