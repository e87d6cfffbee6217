import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { safeMarkup } from '../../src/plugins/safe-markup.ts';

const fileURL = pathToFileURL('/project/content/changes/base/r1.md');
const plugin = safeMarkup({ root: '/project' });
const md = (source: string): string => markdownToHtml(source, { mdastPlugins: [plugin], fileURL }).html;
const mdx = (source: string): string => mdxToJs(source, { mdastPlugins: [plugin], fileURL }).code;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected the markup to be refused');
}

describe('raw HTML in Markdown', () => {
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['a script', '<script>alert(1)</script>'],
    ['a style block', '<style>body{display:none}</style>'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['inline HTML with a handler', 'Text <img src="x" onerror="alert(1)"> more'],
    ['a base element', '<base href="https://evil.example/">'],
    ['a script between two comments', '<!-- a --><script>alert(1)</script><!-- b -->'],
    [
      'a meta refresh between two comments',
      '<!-- a --><meta http-equiv="refresh" content="0;url=/x"><!-- b -->',
    ],
    ['a style between two comments', '<!-- a --><style>body{display:none}</style><!-- b -->'],
    ['a script after a comment', '<!-- a --> <script>alert(1)</script>'],
    ['a comment that a browser ends early', '<!-- a --!><script>alert(1)</script> -->'],
    ['an empty comment a browser ends at once', '<!--><script>alert(1)</script>-->'],
  ])('refuses %s, naming the file and line', (_, html) => {
    expect(messageOf(() => md(`Fine.\n\n${html}\n`))).toMatch(
      /^Content has 1 problem:\n\ncontent\/changes\/base\/r1\.md:3:\d+: raw HTML is not allowed in Markdown: /,
    );
  });

  it('lets a lone HTML comment through', () => {
    expect(md('<!-- a note for authors -->\n\nText.')).toContain('<p>Text.</p>');
    expect(md('<!--\n  a note over\n  two lines\n-->\n\nText.')).toContain('<p>Text.</p>');
  });

  it('refuses a comment inside a paragraph that wraps markup', () => {
    expect(messageOf(() => md('Text <!-- a --><img src=x onerror=alert(1)><!-- b --> more.'))).toContain(
      'raw HTML is not allowed in Markdown',
    );
  });
});

describe('links and images', () => {
  it.each([
    ['javascript:alert(1)', 'the javascript: scheme is not allowed'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'the data: scheme is not allowed'],
    ['vbscript:x', 'the vbscript: scheme is not allowed'],
  ])('refuses a link to %s', (url, reason) => {
    expect(messageOf(() => md(`[click](${url})`))).toContain(
      `content/changes/base/r1.md:1:1: link ${JSON.stringify(url)}: ${reason}`,
    );
  });

  it('refuses an image from a data: URL', () => {
    expect(messageOf(() => md('![x](data:image/png;base64,AAAA)'))).toContain(
      'image "data:image/png;base64,AAAA": the data: scheme is not allowed',
    );
  });

  it.each([
    'https://reviews.freebsd.org/D3805',
    '/topics/netfront/',
    '#queues',
    'mailto:freebsd-xen@FreeBSD.org',
  ])('lets a link to %s through', (url) => {
    expect(md(`[x](${url})`)).toContain(`href="${url}"`);
  });
});

describe('JSX in MDX', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '<script> is not allowed in content'],
    ['an iframe', '<iframe src="https://evil.example/" />', '<iframe> is not allowed in content'],
    ['a meta element', '<meta httpEquiv="refresh" content="0" />', '<meta> is not allowed in content'],
    [
      'an event handler on an allowed element',
      '<span onClick="alert(1)">x</span>',
      '<span onClick> is not allowed: no event handlers, inline styles or raw HTML',
    ],
    [
      'an inline style',
      '<div style="display:none">x</div>',
      '<div style> is not allowed: no event handlers, inline styles or raw HTML',
    ],
    [
      'a javascript: link',
      '<a href="javascript:alert(1)">x</a>',
      '<a href> "javascript:alert(1)": the javascript: scheme is not allowed',
    ],
    [
      'an attribute off the allow-list',
      '<span tabindex="0">x</span>',
      '<span tabindex> is not an allowed attribute',
    ],
  ])('refuses %s', (_, source, message) => {
    expect(messageOf(() => mdx(`Text.\n\n${source}\n`))).toContain(
      `content/changes/base/r1.md:3:1: ${message}`,
    );
  });

  it('lets the site components and allowed elements through', () => {
    expect(() =>
      mdx(
        '<Chart id="netfront-queues" />\n\n<abbr title="Para-virtualized">PV</abbr> <a href="/glossary/">x</a>',
      ),
    ).not.toThrow();
  });
});
