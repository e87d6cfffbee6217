import { defineMdastPlugin } from 'satteri';
import { RESERVED_IDS } from '../lib/reserved-ids.ts';
import { slugify } from '../lib/slug.ts';
import { locate, problemsOf, throwProblems } from './locate.ts';

const NAME = 'reserved-headings';

/**
 * Stops the build on a heading whose id would be one the page makes itself
 * (a topic's generated "Changes" or "Sources" section), so ids never
 * collide; the build's check over every page catches any other duplicate.
 */
export function reservedHeadings({ root }: { root: string }) {
  return defineMdastPlugin({
    name: NAME,
    options: { position: true },
    after(_, ctx) {
      throwProblems(ctx, NAME);
    },
    heading(node, ctx) {
      const text = ctx.textContent(node);
      const id = slugify(text);
      if (RESERVED_IDS.has(id)) {
        problemsOf(ctx, NAME).push({
          ...locate(ctx, root, node),
          message: `the heading "${text}" would get the id "${id}", which the page uses for a section it makes itself`,
          fix: `reword the heading (for example "${text} in detail"), or drop it and rely on the generated section`,
        });
      }
    },
  });
}
