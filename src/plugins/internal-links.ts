import { defineMdastPlugin } from 'satteri';
import { withBase } from '../lib/paths.ts';

/**
 * Markdown links to site paths (`[netfront](/topics/netfront/)`) are written
 * root-relative; this places them under the deployment's base path through
 * the same helper every component uses.
 */
export function internalLinks({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'internal-links',
    link(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        ctx.setProperty(node, 'url', withBase(base, node.url));
      }
    },
    definition(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        ctx.setProperty(node, 'url', withBase(base, node.url));
      }
    },
  });
}
