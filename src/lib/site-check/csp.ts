import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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

/**
 * The text of every inline script and style of a page, in order, as a browser
 * reads the markup: `<script>` written inside an attribute's value is text, not code.
 */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  let code: { tag: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if ((tag === 'script' && attributes['src'] === undefined) || tag === 'style')
          code = { tag, text: '' };
      },
      ontext(text) {
        if (code) code.text += text;
      },
      onclosetag(tag) {
        if (code?.tag !== tag) return;
        (tag === 'script' ? scripts : styles).push(code.text);
        code = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { scripts, styles };
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /^'sha(256|384|512)-/;

/**
 * The page with a Content-Security-Policy that allows its own inline scripts
 * and styles only, and of those only the site's own. Astro writes every hash
 * of the site's code (its bundles and astro.config.mjs's list) into every
 * page's policy; this keeps each directive's other sources and, of its
 * hashes, those of code the page holds. `own` adds the hashes of code the
 * after-build step put in the page itself. Inline code of any other origin
 * gets no hash: the browser blocks it and the site check reports it. A page
 * without a policy is returned as it is.
 */
export function withOwnHashes(
  html: string,
  own: { readonly scripts?: readonly string[]; readonly styles?: readonly string[] } = {},
): string {
  const { scripts, styles } = inlineCode(html);
  return html.replace(POLICY_META, (_, open: string, policy: string, close: string) => {
    const onPage: Readonly<Record<string, { texts: readonly string[]; added: readonly string[] }>> = {
      'script-src': { texts: scripts, added: own.scripts ?? [] },
      'style-src': { texts: styles, added: own.styles ?? [] },
    };
    const directives = policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        const page = onPage[name.toLowerCase()];
        if (!page) return part;
        const allowed = new Set([
          ...sources.filter((source) => HASH.test(source)),
          ...page.added.map(cspHash),
        ]);
        const kept = sources.filter((source) => !HASH.test(source));
        const hashes = new Set(page.texts.map(cspHash).filter((hash) => allowed.has(hash)));
        return [name, ...kept, ...hashes].join(' ');
      });
    return `${open}${directives.join(';')}${close}`;
  });
}
