import { defineMdastPlugin } from 'satteri';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { isSitePath, withBase } from '../lib/paths.ts';

/** JSX attributes that hold a URL of the site. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** The element's attributes with site paths under the base path, or undefined when none changed. */
function rebased(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  base: string,
): MdxJsxFlowElement['attributes'] | undefined {
  let changed = false;
  const attributes = node.attributes.map((attribute) => {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      !URL_ATTRIBUTES.has(attribute.name) ||
      typeof attribute.value !== 'string' ||
      !isSitePath(attribute.value)
    ) {
      return attribute;
    }
    changed = true;
    return { ...attribute, value: withBase(base, attribute.value) };
  });
  return changed ? attributes : undefined;
}

/**
 * Links and images to site paths (`[netfront](/topics/netfront/)`,
 * `<a href="/glossary/">`) are written from the site root; this places them
 * under the deployment's base path through the same helper every component
 * uses. The built site is then checked for every link's target.
 */
export function internalLinks({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'internal-links',
    link(node, ctx) {
      if (isSitePath(node.url)) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    definition(node, ctx) {
      if (isSitePath(node.url)) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    image(node, ctx) {
      if (isSitePath(node.url)) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    // Sätteri cannot set an element's attributes in place: the element is replaced, children and all.
    mdxJsxFlowElement(node, ctx) {
      const attributes = rebased(node, base);
      if (attributes) ctx.replaceNode(node, { ...node, attributes });
    },
    mdxJsxTextElement(node, ctx) {
      const attributes = rebased(node, base);
      if (attributes) ctx.replaceNode(node, { ...node, attributes });
    },
  });
}
