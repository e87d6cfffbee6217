/** Schemes authored links may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Why a URL written in content is unsafe, or undefined when it is fine:
 * http(s), mailto, or relative (a path, `#fragment` or `?query`).
 * Browsers ignore tabs and newlines inside a scheme, so they are removed first.
 */
export function unsafeUrlReason(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is being stripped
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === undefined)
    return cleaned.startsWith('//')
      ? 'protocol-relative URLs leave the site without saying where'
      : undefined;
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)
    ? undefined
    : `the ${scheme.toLowerCase()}: scheme is not allowed`;
}
