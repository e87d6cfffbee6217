import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { assertNoProblems, ContentError, type ContentProblem } from '../lib/content-error.ts';
import type { RegisteredChange, RevisionRegistry } from '../lib/registry.ts';
import { referenceLinks } from '../plugins/reference-links.ts';
import { listMarkdown } from './change-records.ts';

/** Content folders whose `.md` entries Astro's glob loader renders. */
export const MARKDOWN_FOLDERS = ['content/changes', 'content/glossary'] as const;

/**
 * Runs the reference transform over every Markdown entry before the build.
 * Astro's glob loader renders `.md` entries itself and only logs an error
 * thrown while rendering, then carries on with a broken page; checking here
 * turns a reference to an unrecorded revision into a build failure, with the
 * file, line and column. (MDX pages fail the build on their own.)
 */
export function checkMarkdownReferences(registry: RevisionRegistry<RegisteredChange>, root: string): void {
  const plugin = referenceLinks({ registry, root });
  const problems: ContentProblem[] = [];
  for (const path of MARKDOWN_FOLDERS.flatMap((folder) => listMarkdown(root, folder))) {
    try {
      markdownToHtml(readFileSync(path, 'utf8'), {
        mdastPlugins: [plugin],
        features: { frontmatter: true },
        fileURL: pathToFileURL(path),
      });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  assertNoProblems(problems);
}
