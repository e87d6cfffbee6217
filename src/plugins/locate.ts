import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext } from 'satteri';
import { ContentError, type ContentProblem, type SourceLocation } from '../lib/content-error.ts';

interface Positioned {
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

/**
 * Lines to add to a position so it counts from the top of the file: Astro's
 * loaders render a Markdown entry's body without its front matter.
 */
function lineOffset(path: string | undefined, source: string): number {
  if (!path || source.startsWith('---') || source === '') return 0;
  try {
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(source);
    return at > 0 ? text.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/**
 * Where a node (or a character inside its text) was written, as a file of
 * the project, line and column counted from the top of the file. Worked out
 * only when something is wrong, so it reads the file only then.
 */
export function locate(
  ctx: MdastVisitorContext,
  root: string,
  node: Positioned,
  text = '',
  offset = 0,
): SourceLocation {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const file = path ? relative(root, path).split(sep).join('/') : '(unnamed Markdown)';
  const start = node.position?.start;
  if (!start) return { file };
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return {
    file,
    line: start.line + newlines + lineOffset(path, ctx.source),
    column: newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n'),
  };
}

/**
 * The problems a plugin has found in the document so far. Plugins collect
 * them while they visit and throw once, after the visit (`throwProblems`),
 * so an author sees every problem of a file at once, not only the first.
 */
export function problemsOf(
  ctx: { readonly data: Record<string, unknown> },
  plugin: string,
): ContentProblem[] {
  const key = `problems:${plugin}`;
  const found = ctx.data[key];
  if (Array.isArray(found)) return found;
  const fresh: ContentProblem[] = [];
  ctx.data[key] = fresh;
  return fresh;
}

/** Throws every problem a plugin found in the document, once its visit is over. */
export function throwProblems(ctx: { readonly data: Record<string, unknown> }, plugin: string): void {
  const problems = problemsOf(ctx, plugin);
  if (problems.length > 0) throw new ContentError([...problems]);
}
