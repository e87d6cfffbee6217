import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/**
 * Gives every heading (h1-h6) an id, the same slugs Astro makes so the table
 * of contents matches, and h2-h4 a self-link. The link has no text of its
 * own, only an aria-label and a CSS mark, so heading text and slugs stay
 * unchanged.
 */
export function headingAnchors() {
  return () => {
    const slugger = new GithubSlugger();
    return defineHastPlugin({
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties['id'];
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (node.tagName === 'h1' || node.tagName === 'h5' || node.tagName === 'h6') return;
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#${id}`,
              ariaLabel: `Link to section “${text}”`,
            },
            children: [],
          });
        },
      },
    });
  };
}
