/**
 * The page with a stylesheet it links (`<link rel="stylesheet" href="…">`,
 * exactly as the layout writes it) moved into its `<head>` as a `<style>`: a
 * small sheet known only once every page is rendered (the code colours) then
 * costs the first paint no request of its own. A page without the link is returned as it is.
 */
export function inlineStylesheet(html: string, href: string, css: string): string {
  const link = `<link rel="stylesheet" href="${href}">`;
  if (!html.includes(link) || !html.includes('</head>')) return html;
  return html.replace(link, '').replace('</head>', () => `<style>${css.trim()}</style></head>`);
}
