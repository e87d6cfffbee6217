/**
 * Markup no page of the site carries, whatever an author wrote: a built page
 * holding any of it was injected. The after-build check stops the build on
 * each (src/integrations/site-checks.ts), besides inline code the policy does
 * not allow (csp.ts).
 */

/** Elements that load or navigate to other documents, or change how the page's URLs resolve. */
const ELEMENTS: Readonly<Record<string, string>> = {
  base: 'changes where every link of the page points',
  iframe: 'embeds another document',
  frame: 'embeds another document',
  frameset: 'embeds other documents',
  object: 'embeds a plugin or another document',
  embed: 'embeds a plugin or another document',
  applet: 'embeds a plugin',
  portal: 'embeds another document',
};

/**
 * Why an element is markup the site never writes, or undefined: an element
 * that embeds or re-bases, a `<meta http-equiv>` other than the policy (a
 * refresh navigates away), an event handler, a style attribute, or a form
 * that does not stay on the site (the search form is `method="get"` to a path
 * of the site, the dialog's close button `method="dialog"`).
 */
export function markupHazard(tag: string, attributes: Readonly<Record<string, string>>): string | undefined {
  const element = ELEMENTS[tag];
  if (element) return `<${tag}> ${element}`;
  const equiv = attributes['http-equiv']?.toLowerCase();
  if (tag === 'meta' && equiv !== undefined && equiv !== 'content-security-policy') {
    return `<meta http-equiv="${equiv}">${equiv === 'refresh' ? ' navigates away' : ' sets what the server should'}`;
  }
  const handler = Object.keys(attributes).find((name) => /^on/i.test(name));
  if (handler) return `<${tag} ${handler}> runs code`;
  if (attributes['style'] !== undefined) return `<${tag} style> styles inline, which the policy refuses`;
  if (tag === 'form') {
    const method = (attributes['method'] ?? 'get').toLowerCase();
    const action = attributes['action'] ?? '';
    const onSite = action.startsWith('/') && !action.startsWith('//');
    if (method !== 'dialog' && !(method === 'get' && onSite))
      return `<form method="${method}" action="${action}"> sends what a reader types elsewhere`;
  }
  return undefined;
}
