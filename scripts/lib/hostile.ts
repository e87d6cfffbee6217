import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectCopy } from './project-copy.ts';

/**
 * What a careless or malicious contributor might send, as tables shared by the
 * failure suite (tests/build/hostile.test.ts) and the browser suite
 * (tests/browser/hostile.test.ts): a new class of attack is one row. Files are
 * picked from the copy's own content (the first record, the first topic), so
 * that no row depends on a particular record.
 */
export interface Attempt {
  /** What the row tries, as a test name. */
  readonly what: string;
  /** Which file it goes in: a record body (`record`), a topic (`topic`, after its front matter). */
  readonly into: 'record' | 'topic' | 'topic-top';
  /** What is written. */
  readonly text: string;
  /** Where the error must point: the first occurrence of this in the file. */
  readonly at: string;
  /** The start of the message the build and `npm run validate` give. */
  readonly message: string;
  /** Bytes that must reach no file of dist/. */
  readonly bad: string;
}

const ALLOWED_IMPORTS = "MDX may import only the site's components";
const NO_CODE = 'MDX may not run code';

/** Attempts refused before anything is built (npm run validate) and, for MDX, before any MDX is evaluated. */
export const REFUSED: readonly Attempt[] = [
  {
    what: 'a script between two comments in a record body',
    into: 'record',
    text: '<!-- a --><script>fetch("/injected-comment-script")</script><!-- b -->',
    at: '<!-- a --><script>',
    message: 'raw HTML is not allowed in Markdown',
    bad: 'injected-comment-script',
  },
  {
    what: 'a meta refresh between two comments in a record body',
    into: 'record',
    text: '<!-- a --><meta http-equiv="refresh" content="0;url=https://evil.example/injected-refresh"><!-- b -->',
    at: '<!-- a --><meta',
    message: 'raw HTML is not allowed in Markdown',
    bad: 'injected-refresh',
  },
  {
    what: 'a style between two comments in a record body',
    into: 'record',
    text: '<!-- a --><style>.injected-style{display:none}</style><!-- b -->',
    at: '<!-- a --><style>',
    message: 'raw HTML is not allowed in Markdown',
    bad: 'injected-style',
  },
  {
    what: 'a NUL in a record body',
    into: 'record',
    text: 'A NUL\u0000 here breaks the XML feed.',
    at: '\u0000',
    message: 'U+0000, a control character, is not text',
    bad: '\u0000 here breaks',
  },
  {
    what: 'a bidirectional override in a record body',
    into: 'record',
    text: 'Reads one way, \u202Esyas ti tahw\u202C is stored.',
    at: '\u202E',
    message: 'U+202E, a bidirectional control, makes the text read differently from what is stored',
    bad: '\u202Esyas',
  },
  {
    what: 'an import of node:child_process in a topic',
    into: 'topic-top',
    text: "import { execSync as injectedExec } from 'node:child_process';",
    at: 'import { execSync',
    message: `"import { execSync as injectedExec } from 'node:child_process';": ${ALLOWED_IMPORTS}`,
    bad: 'injectedExec',
  },
  {
    what: 'a ?raw import of a file outside the project',
    into: 'topic-top',
    text: "import InjectedPasswd from '/etc/passwd?raw';",
    at: 'import InjectedPasswd',
    message: `"import InjectedPasswd from '/etc/passwd?raw';": ${ALLOWED_IMPORTS}`,
    bad: 'root:x:0:0',
  },
  {
    what: 'a Fragment with set:html in a topic',
    into: 'topic',
    text: '{<Fragment set:html={\'<script>fetch("/injected-fragment")</script>\'} />}',
    at: '{<Fragment',
    message: `{<Fragment set:html={'<script>fetch("/injected-fragment")`,
    bad: 'injected-fragment',
  },
  {
    what: 'an environment variable in a topic',
    into: 'topic',
    text: 'The build machine is {process.env.INJECTED_SECRET}.',
    at: '{process.env',
    message: `{process.env.INJECTED_SECRET}: ${NO_CODE}`,
    bad: 'injected-secret-value',
  },
  {
    what: 'an endless loop in a topic',
    into: 'topic',
    text: '{(() => { while (true) {} })()}',
    at: '{(() =>',
    message: `{(() => { while (true) {} })()}: ${NO_CODE}`,
    bad: 'while (true)',
  },
];

/**
 * Attempts the build lets through because they arrive as text: each must
 * reach a page escaped, run nothing, and add no hash to any page's policy.
 * `marker` is unique to the row; the payload calls fetch() on it.
 */
export interface Escaped {
  readonly what: string;
  readonly marker: string;
  /** Edits the copy to carry the attempt. */
  readonly apply: (copy: ProjectCopy, files: { record: string; topic: string }) => void;
}

const payload = (marker: string): string => `fetch("/${marker}")`;
const frontMatterField = (text: string, field: string, value: string): string =>
  text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${JSON.stringify(value)}`);

export const ESCAPED: readonly Escaped[] = [
  {
    what: 'a script as a record title (raw in attributes, escaped in text)',
    marker: 'injected-title',
    apply: (copy, { record }) => {
      copy.edit(record, (text) =>
        frontMatterField(text, 'title', `<script>${payload('injected-title')}</script>`),
      );
    },
  },
  {
    what: 'an attribute break-out as a topic description',
    marker: 'injected-description',
    apply: (copy, { topic }) => {
      copy.edit(topic, (text) =>
        frontMatterField(
          text,
          'description',
          `A description that closes its attribute: "><script>${payload('injected-description')}</script><x y="`,
        ),
      );
    },
  },
  {
    what: 'a script as inline code in a record body',
    marker: 'injected-code',
    apply: (copy, { record }) => {
      copy.edit(record, (text) => `${text}\nAs code: \`<script>${payload('injected-code')}</script>\`.\n`);
    },
  },
  {
    what: 'a handler in a link title in a record body',
    marker: 'injected-link-title',
    apply: (copy, { record }) => {
      copy.edit(
        record,
        (text) =>
          `${text}\nSee [the topics](/topics/ "\\"><img src=x onerror=${payload('injected-link-title')}>").\n`,
      );
    },
  },
  {
    what: 'a handler in an image alt text in a topic',
    marker: 'injected-alt',
    apply: (copy, { topic }) => {
      copy.edit(
        topic,
        (text) => `${text}\n\n![\\<img src=x onerror=${payload('injected-alt')}\\>](/favicon.svg)\n`,
      );
    },
  },
];

/** The first record and the first topic of the copy's content, as paths from its root. */
export function targets(copy: ProjectCopy): { record: string; topic: string } {
  const first = (dir: string, extension: string): string => {
    const name = readdirSync(join(copy.dir, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .sort()[0];
    if (name === undefined) throw new Error(`no ${extension} file under ${dir}`);
    return `${dir}/${name}`;
  };
  return { record: first('content/changes', '.md'), topic: first('content/topics', '.mdx') };
}

/** Writes each refused attempt into the copy: record rows at the end of the record, topic rows in the topic. */
export function applyRefused(
  copy: ProjectCopy,
  attempts: readonly Attempt[],
): { record: string; topic: string } {
  const files = targets(copy);
  for (const attempt of attempts) {
    const file = attempt.into === 'record' ? files.record : files.topic;
    copy.edit(file, (text) => {
      if (attempt.into !== 'topic-top') return `${text}\n\n${attempt.text}\n`;
      const end = text.indexOf('\n---', 3) + '\n---\n'.length;
      return `${text.slice(0, end)}${attempt.text}\n${text.slice(end)}`;
    });
  }
  return files;
}
