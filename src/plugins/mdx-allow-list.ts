import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import {
  componentProblem,
  esmProblems,
  expressionProblem,
  propProblem,
  propValueProblem,
} from '../lib/mdx-allow-list.ts';
import { locate, problemsOf, throwProblems } from './locate.ts';

const NAME = 'mdx-allow-list';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * MDX runs no author code (src/lib/mdx-allow-list.ts): imports only of the
 * site's components, expressions only as comments, props only literal and
 * only those the component takes. Runs while MDX compiles, before any of it
 * is evaluated; every problem of a file is reported with its line and column.
 */
export function mdxAllowList({ root }: { root: string }) {
  const fail = (
    ctx: MdastVisitorContext,
    node: MdastNode,
    message: string,
    fix: string,
    text = '',
    offset = 0,
  ): void => {
    problemsOf(ctx, NAME).push({ ...locate(ctx, root, node, text, offset), message, fix });
  };
  const codeFix =
    'write it as text, or as inline code in backticks; the site components take literal props only';
  /** Per document: the components it imports, and those it uses (checked once every import is seen). */
  const state = (ctx: MdastVisitorContext): { imported: string[]; used: { name: string; node: Jsx }[] } => {
    const key = `${NAME}:state`;
    const found = ctx.data[key] as { imported: string[]; used: { name: string; node: Jsx }[] } | undefined;
    if (found) return found;
    const fresh = { imported: [] as string[], used: [] };
    ctx.data[key] = fresh;
    return fresh;
  };
  const checkJsx = (node: Jsx, ctx: MdastVisitorContext): void => {
    const name = node.name ?? '';
    const component = name === '' || !/^[a-z][a-z0-9-]*$/.test(name);
    if (component) state(ctx).used.push({ name, node });
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        fail(
          ctx,
          node,
          `<${name} {${attribute.value.slice(0, 40)}}>: MDX may not spread attributes`,
          'write each prop out as a literal',
        );
        continue;
      }
      if (component) {
        const wrong = propProblem(name, attribute.name);
        if (wrong) fail(ctx, node, wrong, 'remove it, or use a prop CONTRIBUTING.md lists for the component');
      }
      if (attribute.value && typeof attribute.value === 'object') {
        const wrong = propValueProblem(attribute.value.value);
        if (wrong)
          fail(ctx, node, `<${name} ${attribute.name}=${wrong.slice(0, 80)}>: MDX may not run code`, codeFix);
      }
    }
  };
  const checkExpression = (node: MdastNode & { value: string }, ctx: MdastVisitorContext): void => {
    const wrong = expressionProblem(node.value);
    if (wrong) fail(ctx, node, wrong, codeFix);
  };
  return defineMdastPlugin({
    name: NAME,
    options: { position: true },
    mdxjsEsm(node, ctx) {
      const from = locate(ctx, root, node).file;
      const lines = node.value.split('\n');
      for (const problem of esmProblems(node.value, from)) {
        const offset = lines.slice(0, problem.line).join('\n').length + (problem.line > 0 ? 1 : 0);
        fail(ctx, node, problem.message, problem.fix, node.value, offset);
      }
      for (const match of node.value.matchAll(/^\s*import\s+([A-Z][\w$]*)\s+from\s/gm)) {
        if (match[1]) state(ctx).imported.push(match[1]);
      }
    },
    mdxFlowExpression: checkExpression,
    mdxTextExpression: checkExpression,
    mdxJsxFlowElement: checkJsx,
    mdxJsxTextElement: checkJsx,
    after(_, ctx) {
      const { imported, used } = state(ctx);
      for (const { name, node } of used) {
        const wrong = componentProblem(name, new Set(imported));
        if (wrong)
          fail(
            ctx,
            node,
            wrong,
            'use one of the site components listed in CONTRIBUTING.md, imported at the top of the file',
          );
      }
      throwProblems(ctx, NAME);
    },
  });
}
