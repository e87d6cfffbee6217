import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { isContentError, type ContentProblem } from '../lib/content-error.ts';
import { mdxAllowList } from './mdx-allow-list.ts';
import { safeMarkup } from './safe-markup.ts';

/**
 * The problems the markup allow-lists (safe-markup.ts, mdx-allow-list.ts)
 * find in every Markdown and MDX file among `files`, compiled without running
 * any of it: `npm run validate` reports every file at once. The build checks
 * the MDX files so before any of them is evaluated (`markdown: false`); it
 * meets Markdown bodies' markup while rendering them, with their references.
 */
export function markupProblems(
  files: readonly { path: string; text: string }[],
  root: string,
  { markdown: withMarkdown = true }: { markdown?: boolean } = {},
): ContentProblem[] {
  const markdown = [safeMarkup({ root })];
  const mdx = [safeMarkup({ root }), mdxAllowList({ root })];
  return files.flatMap((file): ContentProblem[] => {
    const isMdx = file.path.endsWith('.mdx');
    if (!isMdx && !(withMarkdown && file.path.endsWith('.md'))) return [];
    const fileURL = pathToFileURL(join(root, file.path));
    const found: ContentProblem[] = [];
    // One plugin at a time: each throws the problems it found once the file is visited.
    for (const plugin of isMdx ? mdx : markdown) {
      try {
        if (isMdx) mdxToJs(file.text, { mdastPlugins: [plugin], fileURL });
        else markdownToHtml(file.text, { mdastPlugins: [plugin], fileURL });
      } catch (error) {
        if (!isContentError(error)) {
          // Sätteri's syntax errors start with the line and column: `125:3: Unexpected character…`.
          const text = error instanceof Error ? error.message : String(error);
          const [, line, column, rest = text] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text) ?? [];
          found.push({
            file: file.path,
            ...(line && column ? { line: Number(line), column: Number(column) } : {}),
            message: `not valid ${isMdx ? 'MDX' : 'Markdown'}: ${rest}`,
            fix: 'correct the syntax; in MDX write a literal { or < as \\{ or \\<',
          });
          break;
        }
        found.push(...error.problems);
      }
    }
    return found;
  });
}
