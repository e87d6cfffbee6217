/**
 * The page with a stylesheet it links (`<link rel="stylesheet" href="…">`,
 * exactly as the layout writes it) put in its place as a `<style>`: a small
 * sheet known only once every page is rendered (the code colours) then costs
 * the first paint no request of its own. A page without the link is returned as it is.
 */
export function inlineStylesheet(html: string, href: string, css: string): string {
  const link = `<link rel="stylesheet" href="${href}">`;
  return html.includes(link) ? html.replace(link, () => `<style>${css.trim()}</style>`) : html;
}
