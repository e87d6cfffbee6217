import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRefused, ESCAPED, REFUSED, targets } from '../../scripts/lib/hostile.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { PAGE_RAW_BYTES } from '../../src/lib/site-check/budgets.ts';
import { cspHash, inlineCode } from '../../src/lib/site-check/csp.ts';
import { extractLinks } from '../../src/lib/site-check/extract.ts';

/**
 * The failure suite of hostile content (scripts/lib/hostile.ts holds the
 * tables: a new class of attack is one row there). Refused attempts are met by
 * `npm run validate`, and those in MDX by the build before any MDX runs, each
 * at its file, line and column; escaped ones build, reach their page as text,
 * and add no hash to any policy. Three builds in all, of the made-up site in
 * tests/fixtures/site/: bad environments (which stop before anything is read),
 * refused MDX, and the escaped attempts.
 */

/** `line:column` of the first occurrence of a string in a file of the copy. */
function place(copy: ProjectCopy, file: string, needle: string): string {
  const text = copy.read(file);
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} is not in ${file}`);
  const before = text.slice(0, at);
  return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
}

/** Every file under a folder, as text (none when it does not exist). */
function filesUnder(dir: string): { file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, text: readFileSync(file, 'latin1') }));
}

const SECRET = 'injected-secret-value';

describe('refused content', () => {
  let copy: ProjectCopy;
  let files: { record: string; topic: string };
  let validated: { status: number | null; output: string };
  let built: { status: number | null; output: string };

  beforeAll(() => {
    copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
    files = applyRefused(copy, REFUSED);
    // Links in content/: to a folder outside the checkout, and to a file.
    symlinkSync('/etc', join(copy.dir, 'content/changes/linked-folder'));
    symlinkSync('../../README.md', join(copy.dir, 'content/glossary/linked-term.md'));
    validated = copy.validate();
    built = copy.build({ INJECTED_SECRET: SECRET });
  });
  afterAll(() => {
    copy.remove();
  });

  it('fails npm run validate and the build', () => {
    expect(validated.status, validated.output).toBe(1);
    expect(built.status, built.output).not.toBe(0);
  });

  it.each(REFUSED.map((attempt) => [attempt.what, attempt] as const))(
    'refuses %s in npm run validate, at its file, line and column',
    (_, attempt) => {
      const file = attempt.into === 'record' ? files.record : files.topic;
      expect(validated.output).toContain(`${file}:${place(copy, file, attempt.at)}: ${attempt.message}`);
    },
  );

  it.each(
    REFUSED.filter((attempt) => attempt.into !== 'record').map((attempt) => [attempt.what, attempt] as const),
  )('refuses %s in the build before any MDX runs, at its file, line and column', (_, attempt) => {
    expect(built.output).toContain(
      `${files.topic}:${place(copy, files.topic, attempt.at)}: ${attempt.message}`,
    );
    expect(built.output).not.toContain('generating static routes');
  });

  it.each(REFUSED.map((attempt) => [attempt.what, attempt] as const))(
    'writes nothing of %s into dist/',
    (_, attempt) => {
      for (const { file, text } of filesUnder(join(copy.dir, 'dist'))) {
        expect(text.includes(attempt.bad), file).toBe(false);
      }
    },
  );

  it.each(['content/changes/linked-folder', 'content/glossary/linked-term.md'])(
    'refuses the symbolic link %s by name, in npm run validate and the build',
    (link) => {
      const problem = `${link}: a symbolic link: content/ holds files, not links to files elsewhere`;
      expect(validated.output).toContain(problem);
      expect(built.output).toContain(problem);
      expect(validated.output).not.toContain('linked-folder/');
    },
  );

  it('never reads the build secret', () => {
    expect(built.output).not.toContain(SECRET);
    expect(validated.output).not.toContain(SECRET);
  });
});

describe('escaped content and markup no page may carry', () => {
  let copy: ProjectCopy;
  let built: { status: number | null; output: string };
  let pages: { file: string; html: string }[];

  beforeAll(() => {
    copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
    const files = targets(copy);
    for (const attempt of ESCAPED) attempt.apply(copy, files);
    // Markup that no content can produce, placed where the after-build check must still find it.
    copy.write(
      'public/hostile.html',
      '<!doctype html><html lang="en"><head><title>x</title><meta http-equiv="refresh" content="0;url=https://evil.example/">' +
        '<base href="https://evil.example/"></head><body><iframe src="https://evil.example/"></iframe>' +
        '<img src="/favicon.svg" alt="" onerror="fetch(1)"><script>fetch("/injected-public")</script></body></html>',
    );
    // A feed no XML reader takes, and a page over the byte budget every page keeps to.
    copy.write('public/broken-feed.xml', '<rss><channel><title>a\u0000b</title></channel></rss>');
    copy.write(
      'public/big.html',
      `<!doctype html><html lang="en"><title>big</title><p>${'x'.repeat(PAGE_RAW_BYTES)}</p></html>`,
    );
    built = copy.build();
    pages = filesUnder(join(copy.dir, 'dist'))
      .filter(({ file }) => file.endsWith('.html'))
      .map(({ file, text }) => ({ file, html: readFileSync(file, 'utf8') || text }));
  });
  afterAll(() => {
    copy.remove();
  });

  it.each([
    '<meta http-equiv="refresh"> navigates away',
    '<base> changes where every link of the page points',
    '<iframe> embeds another document',
    '<img onerror> runs code',
    'inline code, but no Content-Security-Policy meta tag',
  ])('stops the build on a page that carries markup the site never writes: %s', (hazard) => {
    expect(built.status, built.output).not.toBe(0);
    expect(built.output).toMatch(
      new RegExp(
        `the page /hostile\\.html: on hostile\\.html: .*${hazard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
  });

  it.each(ESCAPED.map((attempt) => [attempt.what, attempt] as const))(
    'lets %s reach its page only as text, with no hash in any policy',
    (_, attempt) => {
      const carrying = pages.filter(({ html }) => html.includes(attempt.marker));
      expect(carrying.length, `no page carries ${attempt.marker}`).toBeGreaterThan(0);
      const hash = cspHash(`fetch("/${attempt.marker}")`);
      for (const { file, html } of pages) {
        expect(html.includes(hash), file).toBe(false);
      }
      for (const { file, html } of carrying) {
        const { scripts, styles } = inlineCode(html);
        expect(
          [...scripts, ...styles].filter((code) => code.includes(attempt.marker)),
          file,
        ).toEqual([]);
        expect(extractLinks(html).hazards, file).toEqual([]);
      }
    },
  );

  it('stops the build on a feed that is not well-formed XML and on a page over its byte budget', () => {
    expect(built.output).toContain(
      'the page /broken-feed.xml: on broken-feed.xml: not well-formed: 1:23: U+0000 is not allowed in XML',
    );
    expect(built.output).toMatch(
      /the page \/big\.html: on big\.html: 100\.\d kB of HTML, over the 100 kB every page keeps to/,
    );
  });

  it('reports only the files that carry what no page may', () => {
    const located = built.output.split('\n').filter((line) => / on [^ ]+\.(html|xml|json): /.test(line));
    expect(located.length).toBeGreaterThan(0);
    expect(located.filter((line) => !/hostile\.html|broken-feed\.xml|big\.html/.test(line))).toEqual([]);
  });
});
