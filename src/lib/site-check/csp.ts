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

/** The text of every inline script and style of a page, in order (valid HTML: no `</script>` inside). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const texts = (tag: 'script' | 'style'): string[] =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
      .map(([, , text = '']) => text);
  return { scripts: texts('script'), styles: texts('style') };
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * The page with a Content-Security-Policy that allows its own inline scripts
 * and styles only. Astro writes every hash of the build into every page's
 * policy; this keeps each directive's other sources and replaces its hashes
 * with those of the page's own inline code. A page without a policy is returned as it is.
 */
export function withOwnHashes(html: string): string {
  const { scripts, styles } = inlineCode(html);
  return html.replace(POLICY_META, (_, open: string, policy: string, close: string) => {
    const own: Readonly<Record<string, readonly string[]>> = {
      'script-src': scripts,
      'style-src': styles,
    };
    const directives = policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        const texts = own[name.toLowerCase()];
        if (!texts) return part;
        const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
        return [name, ...kept, ...new Set(texts.map(cspHash))].join(' ');
      });
    return `${open}${directives.join(';')}${close}`;
  });
}
