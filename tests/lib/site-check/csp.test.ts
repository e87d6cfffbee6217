import { describe, expect, it } from 'vitest';
import {
  cspHash,
  cspProblems,
  directiveSources,
  inlineCode,
  withOwnHashes,
} from '../../../src/lib/site-check/csp.ts';

const POLICY = `default-src 'self'; script-src 'self' ${cspHash('a()')}; style-src 'self' ${cspHash('p{}')}`;

describe('cspHash', () => {
  it('hashes the exact text as CSP level 2 expects', () => {
    // sha256 of the empty string, base64.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('directiveSources', () => {
  it('reads the sources of one directive', () => {
    expect(directiveSources(POLICY, 'default-src')).toEqual(["'self'"]);
  });

  it('gives nothing for a directive the policy lacks', () => {
    expect(directiveSources(POLICY, 'img-src')).toEqual([]);
  });
});

describe('cspProblems', () => {
  it('accepts inline code whose hashes the policy lists', () => {
    expect(cspProblems({ csp: POLICY, inlineScripts: ['a()'], inlineStyles: ['p{}'] })).toEqual([]);
  });

  it('reports a script and a style the policy would block', () => {
    const problems = cspProblems({ csp: POLICY, inlineScripts: ['b()'], inlineStyles: ['q{}'] });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("inline script not allowed by the page's script-src");
    expect(problems[1]).toContain("inline style not allowed by the page's style-src");
  });

  it('reports inline code on a page without a policy', () => {
    expect(cspProblems({ csp: undefined, inlineScripts: ['a()'], inlineStyles: [] })).toEqual([
      'inline code, but no Content-Security-Policy meta tag',
    ]);
  });
});

describe('inlineCode', () => {
  it('reads inline scripts and styles, whatever their attributes, and skips scripts with a src', () => {
    const html =
      '<head><style>p{}</style><script>a()</script><script type="module" src="/x.js"></script></head>' +
      '<body><script type="module">b()</script><STYLE media="print">q{}</STYLE></body>';
    expect(inlineCode(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}', 'q{}'] });
  });

  it('reads markup inside an attribute value as text, not as code', () => {
    const html = '<meta content="<script>fetch(1)</script>"><img alt="<style>p{}</style>">';
    expect(inlineCode(html)).toEqual({ scripts: [], styles: [] });
  });
});

describe('withOwnHashes', () => {
  const page = (policy: string, body: string): string =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
  const policyOf = (html: string): string =>
    /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

  it("keeps, of the site's hashes, those of the page's own inline code, and every other source and directive", () => {
    const site = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${cspHash('other()')} ${cspHash('a()')};style-src 'self' ${cspHash('x{}')} ${cspHash('p{}')}`;
    const html = withOwnHashes(page(site, '<style>p{}</style><script>a()</script>'));
    expect(policyOf(html)).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${cspHash('a()')};style-src 'self' ${cspHash('p{}')}`,
    );
  });

  it.each([
    ['a script the site does not have', '<script>fetch(1)</script>'],
    ['a style the site does not have', '<style>body{display:none}</style>'],
    ['a script written in an attribute', '<meta name="description" content="<script>fetch(1)</script>">'],
    ['a script in a title', '<title>&lt;script>fetch(1)&lt;/script></title>'],
  ])('adds no hash for %s, so the browser blocks it', (_, body) => {
    const site = `script-src 'self' ${cspHash('a()')};style-src 'self' ${cspHash('p{}')}`;
    expect(policyOf(withOwnHashes(page(site, body)))).toBe("script-src 'self';style-src 'self'");
  });

  it('adds the hashes of the code the caller put in the page itself', () => {
    const html = withOwnHashes(page("script-src 'self';style-src 'self'", '<style>.c1{}</style>'), {
      styles: ['.c1{}'],
    });
    expect(policyOf(html)).toBe(`script-src 'self';style-src 'self' ${cspHash('.c1{}')}`);
  });

  it('lists a text used twice once, and no hash at all for a page without inline code', () => {
    const policy = `script-src 'self' ${cspHash('a()')}`;
    const twice = withOwnHashes(page(policy, '<script>a()</script><script>a()</script>'));
    expect(policyOf(twice)).toBe(policy);
    const none = withOwnHashes(page(`script-src 'self' ${cspHash('z()')};style-src 'self'`, '<p>text</p>'));
    expect(policyOf(none)).toBe("script-src 'self';style-src 'self'");
  });

  it("gives a policy under which the page's own code has no CSP problem, and a stranger's has", () => {
    const html = withOwnHashes(
      page(
        `script-src 'self' ${cspHash('a()')};style-src 'self' ${cspHash('p{}')}`,
        '<style>p{}</style><script>a()</script><script>evil()</script>',
      ),
    );
    const { scripts, styles } = inlineCode(html);
    expect(cspProblems({ csp: policyOf(html), inlineScripts: scripts, inlineStyles: styles })).toEqual([
      `inline script not allowed by the page's script-src (${cspHash('evil()')}): "evil()"`,
    ]);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<head></head><body><script>a()</script></body>';
    expect(withOwnHashes(html)).toBe(html);
  });
});
