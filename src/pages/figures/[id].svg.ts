import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import Chart from '../../components/charts/Chart.astro';
import HypervisorTypes from '../../components/diagrams/HypervisorTypes.astro';
import XenArchitecture from '../../components/diagrams/XenArchitecture.astro';
import { siteData } from '../../queries/site-data.ts';
import figureCss from '../../styles/content/figure.css?inline';
import tokensCss from '../../styles/tokens.css?inline';

/**
 * Every diagram and chart as a standalone SVG file, linked under the figure on
 * narrow screens: an image viewer lets a phone reader zoom into it. The SVG is
 * the one the page shows, with the site's colours for light and dark.
 */
interface Figure {
  component: typeof Chart;
  props: Record<string, string>;
}
function figures(): Readonly<Record<string, Figure>> {
  return {
    'hypervisor-types': { component: HypervisorTypes, props: {} },
    'xen-architecture': { component: XenArchitecture, props: {} },
    ...Object.fromEntries(
      Object.keys(siteData().charts).map((id) => [id, { component: Chart, props: { id } }]),
    ),
  };
}

export const getStaticPaths = (() =>
  Object.keys(figures()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

const STANDALONE_CSS = [
  tokensCss,
  figureCss,
  'svg{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--color-bg);color:var(--color-fg)}',
  'text{fill:var(--color-fg)}',
].join('\n');

export const GET: APIRoute = async ({ params }) => {
  const figure = figures()[params['id'] ?? ''];
  if (!figure) return new Response(null, { status: 404 });
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(figure.component, { props: figure.props });
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error(`figure ${String(params['id'])} rendered no <svg>`);
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const size = viewBox ? ` width="${String(viewBox[1])}" height="${String(viewBox[2])}"` : '';
  const body = svg
    .replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg"${size}`)
    // CDATA: the minified CSS can hold "<" (media ranges such as width<=50rem), which XML forbids in text.
    .replace(/(<svg[^>]*>)/, `$1<style><![CDATA[${STANDALONE_CSS}]]></style>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
