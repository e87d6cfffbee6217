import { createHash } from 'node:crypto';

/** `'sha256-…'`: the CSP source that allows an inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The sources a CSP directive allows, such as `style-src`; empty when the policy lacks it. */
export function directiveSources(policy: string, directive: string): string[] {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return [];
}

/**
 * Why a page's inline scripts and styles would be blocked by its own CSP:
 * one line per script or style whose hash the policy does not list.
 */
export function cspProblems(page: {
  readonly csp: string | undefined;
  readonly inlineScripts: readonly string[];
  readonly inlineStyles: readonly string[];
}): string[] {
  if (page.csp === undefined) {
    return page.inlineScripts.length + page.inlineStyles.length > 0
      ? ['inline code, but no Content-Security-Policy meta tag']
      : [];
  }
  const problems: string[] = [];
  for (const [directive, texts, what] of [
    ['script-src', page.inlineScripts, 'script'],
    ['style-src', page.inlineStyles, 'style'],
  ] as const) {
    const allowed = new Set(directiveSources(page.csp, directive));
    for (const text of texts) {
      if (!allowed.has(cspHash(text))) {
        problems.push(
          `inline ${what} not allowed by the page's ${directive} (${cspHash(text)}): ${JSON.stringify(text.slice(0, 60))}`,
        );
      }
    }
  }
  return problems;
}
