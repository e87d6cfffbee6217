import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';

/**
 * Bad input that only a real `astro build` can meet: Markdown bodies and MDX
 * as they render, the built pages' links and ids, and the environment. Each
 * build is of the made-up site in tests/fixtures/site/, broken in several
 * ways of one class at once, and expects every one reported with its file,
 * line and column, the problem and the fix. Bad front matter and data files
 * fail before rendering and are covered without a build (tests/schemas/);
 * one build here shows they stop it.
 */
interface Broken {
  copy: ProjectCopy;
  /** Everything the build printed. */
  output: string;
}

/** Builds a copy of the fixture site, broken by `change`, once for the tests of the calling block. */
function brokenBuild(change: (copy: ProjectCopy) => void, env: Record<string, string> = {}): Broken {
  const broken = {} as Broken;
  beforeAll(() => {
    broken.copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
    change(broken.copy);
    const { status, output } = broken.copy.build(env);
    broken.output = output;
    expect(status, output).not.toBe(0);
  });
  afterAll(() => broken.copy.remove());
  return broken;
}

/** `line:column` of the first occurrence of a string in a file of the copy. */
function place(copy: ProjectCopy, file: string, needle: string): string {
  const text = copy.read(file);
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} is not in ${file}`);
  const before = text.slice(0, at);
  return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
}

const HEAD = 'content/changes/base/r100.md';
const MERGE = 'content/changes/base/r101.md';
const OTHER = 'content/changes/base/r102.md';
const TERM = 'content/glossary/grant-table.md';
const ALPHA = 'content/topics/alpha.mdx';
const BETA = 'content/topics/beta.mdx';

describe('npm run build stops on the Markdown bodies of records, listing every problem', () => {
  const build = brokenBuild((copy) => {
    copy.edit(HEAD, (text) => `${text}\nSee also r111111.\n`);
    copy.edit(
      MERGE,
      (text) => `${text}\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n`,
    );
    copy.edit(OTHER, (text) => `${text}\n[click](javascript:alert(1))\n`);
    copy.edit(TERM, (text) => `${text}\nFirst used in FreeBSD-SA-99:01.xen.\n`);
  });

  it('at a reference in a record or glossary body that has no record, with the file to add', () => {
    const { copy, output } = build;
    expect(output).toContain(`${HEAD}:${place(copy, HEAD, 'r111111')}: r111111 has no record`);
    expect(output).toContain('fix: add content/changes/base/r111111.md');
    expect(output).toContain(
      `${TERM}:${place(copy, TERM, 'FreeBSD-SA-99')}: FreeBSD-SA-99:01.xen has no record`,
    );
  });

  it('at raw HTML and at a javascript: link', () => {
    const { copy, output } = build;
    expect(output).toContain(
      `${MERGE}:${place(copy, MERGE, '<meta')}: raw HTML is not allowed in Markdown: "<meta http-equiv=\\"refresh\\"`,
    );
    expect(output).toContain(
      `${OTHER}:${place(copy, OTHER, '[click]')}: link "javascript:alert(1)": the javascript: scheme is not allowed`,
    );
  });
});

describe('npm run build stops on topic MDX', () => {
  const build = brokenBuild((copy) => {
    copy.edit(ALPHA, (text) => `${text}\nA later fix, r999999, is not recorded.\n`);
  });

  it('at a reference that has no record, naming the file, line and column', () => {
    const { copy, output } = build;
    expect(output).toContain(`${ALPHA}:${place(copy, ALPHA, 'r999999')}: r999999 has no record`);
    expect(output).toContain('fix: add content/changes/base/r999999.md');
  });
});

describe('npm run build stops on a component in topic MDX', () => {
  const build = brokenBuild((copy) => {
    copy.edit(BETA, (text) =>
      text.replace('<Rev n={200} repo="ports" />', '<Rev n={123456} repo="ports" />'),
    );
  });

  it('that names nothing, at its place in the MDX', () => {
    const { copy, output } = build;
    expect(output).toContain(
      `${BETA}:${place(copy, BETA, '<Rev n={123456}')}: <Rev n={123456} repo="ports">: r123456 has no record in ports`,
    );
  });
});

describe('npm run build stops on the built pages', () => {
  const build = brokenBuild((copy) => {
    copy.edit(
      ALPHA,
      (text) =>
        `${text}\nSee [the old page](/topics/xenbus/) and [queues](/topics/alpha/#no-such-heading).\n`,
    );
    copy.edit(BETA, (text) => `${text}\n<span id="toc-heading">clash</span>\n`);
  });

  it('at a link to a page that does not exist, naming the source file', () => {
    expect(build.output).toContain(
      `${ALPHA}: on topics/alpha/index.html: /topics/xenbus/ → no file topics/xenbus/index.html in the build`,
    );
  });

  it('at a link to an anchor that does not exist', () => {
    expect(build.output).toContain(
      `${ALPHA}: on topics/alpha/index.html: /topics/alpha/#no-such-heading → no element with id "no-such-heading" on topics/alpha/index.html`,
    );
  });

  it('at an id used twice on a page', () => {
    expect(build.output).toContain(
      `${BETA}: on topics/beta/index.html: the id "toc-heading" is used more than once`,
    );
  });
});

describe('npm run build stops on bad front matter and data files before rendering anything', () => {
  const build = brokenBuild((copy) => {
    copy.edit('content/data/charts.json', (text) => text.replace('"unit": "Gb/s",', '"unit": "Gb/s",,'));
    copy.edit(HEAD, (text) => text.replace(/^verified: .*$/m, 'verified: maybe'));
  });
  const problemLines = (text: string): string[] =>
    text.split('\n').filter((line) => /^content\/\S+:\d+:\d+: /.test(line));

  it('listing every problem, and nothing from a crash', () => {
    expect(build.output).toMatch(
      /content\/data\/charts\.json:\d+:\d+: not valid JSON: Expected double-quoted property name/,
    );
    expect(build.output).toMatch(
      /content\/changes\/base\/r100\.md:\d+:\d+: verified: expected true or false \(found "maybe"\)/,
    );
    expect(problemLines(build.output)).toHaveLength(2);
    expect(build.output).not.toMatch(/Rust|panicked|RUST_BACKTRACE/);
    expect(build.output).not.toContain('generating static routes');
  });

  it('the same problems npm run validate finds without a build', () => {
    const validated = build.copy.validate();
    expect(validated.status).toBe(1);
    expect(problemLines(validated.output)).toEqual(problemLines(build.output));
  });
});

describe('npm run build stops on environment variables that name no site', () => {
  const build = brokenBuild(() => undefined, {
    SITE_URL: 'freebsd-xen.example.org',
    BASE_PATH: 'https://example.org/freebsd-xen/',
  });

  it('saying which variable, its value and an example', () => {
    expect(build.output).toContain(
      'environment variable SITE_URL: "freebsd-xen.example.org" is not the address of a site',
    );
    expect(build.output).toContain(
      'fix: set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    );
    expect(build.output).toContain(
      'environment variable BASE_PATH: "https://example.org/freebsd-xen/" is not a path',
    );
    expect(build.output).toContain('for example BASE_PATH=/freebsd-xen/');
  });
});
