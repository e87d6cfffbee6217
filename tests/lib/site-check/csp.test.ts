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
});

describe('withOwnHashes', () => {
  const page = (policy: string, body: string): string =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
  const policyOf = (html: string): string =>
    /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

  it("replaces the build's hashes with the page's own, keeping every other source and directive", () => {
    const site = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${cspHash('other()')} ${cspHash('a()')};style-src 'self' ${cspHash('x{}')}`;
    const html = withOwnHashes(page(site, '<style>p{}</style><script>a()</script>'));
    expect(policyOf(html)).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${cspHash('a()')};style-src 'self' ${cspHash('p{}')}`,
    );
  });

  it('lists a text used twice once, and no hash at all for a page without inline code', () => {
    const twice = withOwnHashes(
      page(`script-src 'self' ${cspHash('z()')}`, '<script>a()</script><script>a()</script>'),
    );
    expect(policyOf(twice)).toBe(`script-src 'self' ${cspHash('a()')}`);
    const none = withOwnHashes(page(`script-src 'self' ${cspHash('z()')};style-src 'self'`, '<p>text</p>'));
    expect(policyOf(none)).toBe("script-src 'self';style-src 'self'");
  });

  it('gives a policy under which the page has no CSP problem', () => {
    const html = withOwnHashes(
      page("script-src 'self';style-src 'self'", '<style>p{}</style><script>a()</script>'),
    );
    const { scripts, styles } = inlineCode(html);
    expect(cspProblems({ csp: policyOf(html), inlineScripts: scripts, inlineStyles: styles })).toEqual([]);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<head></head><body><script>a()</script></body>';
    expect(withOwnHashes(html)).toBe(html);
  });
});
