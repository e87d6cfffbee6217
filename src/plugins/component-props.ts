import {
  defineMdastPlugin,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import type { Registered, RecordRegistry } from '../lib/registry.ts';
import { ReferenceSyntaxError } from '../lib/references/errors.ts';
import { gitRef, parseCommit, toGitRepository } from '../lib/references/git.ts';
import { formatRevision, svnRef, toRevisionNumber, toSvnRepository } from '../lib/references/svn.ts';
import { locate, problemsOf, throwProblems } from './locate.ts';

const NAME = 'component-props';

export interface ComponentPropsOptions {
  registry: () => RecordRegistry<Registered>;
  /** The ids of content/data/charts.json. */
  charts: () => readonly string[];
  root: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A JSX attribute's value as written: a string, or the source of an expression such as {398918}. */
function attribute(node: Jsx, name: string): string | undefined {
  for (const item of node.attributes) {
    if (item.type !== 'mdxJsxAttribute' || item.name !== name) continue;
    if (typeof item.value === 'string') return item.value;
    if (item.value && typeof item.value === 'object') return item.value.value.trim();
  }
  return undefined;
}

/**
 * Checks the props of the site's components where MDX uses them, so a
 * wrong one stops the build at its file, line and column: <Rev n repo>
 * and <Commit hash repo> must name a record, <Chart id> a chart of
 * content/data/charts.json.
 */
export function componentProps({ registry, charts, root }: ComponentPropsOptions) {
  const fail = (ctx: MdastVisitorContext, node: Jsx, message: string, fix: string): void => {
    problemsOf(ctx, NAME).push({ ...locate(ctx, root, node), message, fix });
  };
  const check = (node: Jsx, ctx: MdastVisitorContext): void => {
    try {
      if (node.name === 'Rev') {
        const n = attribute(node, 'n');
        const repo = attribute(node, 'repo');
        const revision = toRevisionNumber(Number(n));
        const text = formatRevision(revision);
        const exact =
          repo === undefined ? undefined : registry().get(svnRef(toSvnRepository(repo), revision));
        if (repo !== undefined && !exact)
          fail(
            ctx,
            node,
            `<Rev n={${String(n)}} repo="${repo}">: ${text} has no record in ${repo}`,
            `add content/changes/${repo}/${text}.md, or correct the props`,
          );
        const found =
          repo === undefined
            ? registry().lookup({ kind: 'svn', revision, text, start: 0, end: text.length })
            : undefined;
        if (found && !found.ok) fail(ctx, node, `<Rev n={${String(n)}}>: ${found.message}`, found.fix);
      } else if (node.name === 'Commit') {
        const written = attribute(node, 'hash') ?? '';
        const repo = attribute(node, 'repo');
        const hash = parseCommit(written);
        const exact = repo === undefined ? undefined : registry().get(gitRef(toGitRepository(repo), hash));
        if (repo !== undefined && !exact)
          fail(
            ctx,
            node,
            `<Commit hash="${written}" repo="${repo}">: no record of that commit in ${repo}`,
            `add content/changes/${repo}/${written}.md, or correct the props`,
          );
        const found =
          repo === undefined
            ? registry().lookup({ kind: 'git', hash, text: written, start: 0, end: written.length })
            : undefined;
        if (found && !found.ok) fail(ctx, node, `<Commit hash="${written}">: ${found.message}`, found.fix);
      } else if (node.name === 'Chart') {
        const id = attribute(node, 'id') ?? '';
        if (!charts().includes(id))
          fail(
            ctx,
            node,
            `<Chart id="${id}">: no such chart`,
            `use one of ${charts().join(', ')} (content/data/charts.json)`,
          );
      }
    } catch (error) {
      if (!(error instanceof ReferenceSyntaxError)) throw error;
      fail(ctx, node, `<${node.name ?? ''}>: ${error.message}`, 'correct the props');
    }
  };
  return defineMdastPlugin({
    name: NAME,
    options: { position: true },
    after(_, ctx) {
      throwProblems(ctx, NAME);
    },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
