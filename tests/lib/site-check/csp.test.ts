import { describe, expect, it } from 'vitest';
import { cspHash, cspProblems, directiveSources } from '../../../src/lib/site-check/csp.ts';

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
