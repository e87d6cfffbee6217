import { defineHastPlugin } from 'satteri';
import type { StyleClasses } from '../lib/style-classes.ts';

/**
 * Shiki's colours for a token, `--shiki-light:#D73A49;--shiki-dark:#F97583`, as
 * one declaration that follows the page's theme: `color:light-dark(#D73A49,#F97583)`.
 * Its background colours are left out (code blocks take the site's own) and any
 * other declaration is kept.
 */
export function themeDeclarations(style: string): string {
  const declarations = new Map(
    style
      .split(';')
      .map((part) => part.split(':').map((side) => side.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '' && pair[1] !== ''),
  );
  const light = declarations.get('--shiki-light');
  const dark = declarations.get('--shiki-dark');
  const rest = [...declarations]
    .filter(([name]) => !name.startsWith('--shiki-'))
    .map(([name, value]) => `${name}:${value}`);
  const colour =
    light && dark
      ? `color:light-dark(${light},${dark})`
      : light || dark
        ? `color:${light ?? dark ?? ''}`
        : undefined;
  return [...(colour ? [colour] : []), ...rest].join(';');
}

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
        const declarations = themeDeclarations(style);
        ctx.setProperty(node, 'className', declarations ? [...names, classes.classFor(declarations)] : names);
        ctx.setProperty(node, 'style', null);
      },
    },
  });
}
