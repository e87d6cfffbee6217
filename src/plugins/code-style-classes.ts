import { defineHastPlugin } from 'satteri';
import type { StyleClasses } from '../lib/style-classes.ts';

/**
 * Moves the inline styles Shiki puts on highlighted code (its light and dark
 * colours as CSS variables) into classes collected in `classes`, whose
 * stylesheet src/integrations/code-styles.ts writes out. Runs after Astro's
 * highlighter, which Sätteri runs before user hast plugins.
 */
export function codeStyleClasses(classes: StyleClasses) {
  return defineHastPlugin({
    name: 'code-style-classes',
    element: {
      filter: ['pre', 'span'],
      visit(node, ctx) {
        const style = node.properties['style'];
        if (typeof style !== 'string' || !style.includes('--shiki-')) return;
        const existing = node.properties['className'];
        const names = Array.isArray(existing) ? existing.map(String) : [];
        ctx.setProperty(node, 'className', [...names, classes.classFor(style)]);
        ctx.setProperty(node, 'style', null);
      },
    },
  });
}
