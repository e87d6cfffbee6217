import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { todayIso } from '../lib/dates.ts';
import { CONTENT_DIR, contentSymlinks, readContentFiles } from '../loaders/content-files.ts';
import { loadedEverywhere, publishContent, renderingProblems } from '../loaders/content-index.ts';
import { LOADER_NAME } from '../loaders/records.ts';
import { markupProblems } from '../plugins/markup-check.ts';
import { validateContent, type SourceText, type Validated } from '../schemas/validate.ts';

/** The result of validation, with the problems of the Markdown and MDX markup added. */
export function withMarkupProblems(
  result: Validated | ContentError,
  problems: readonly ContentProblem[],
): Validated | ContentError {
  if (problems.length === 0) return result;
  return new ContentError([...(result instanceof ContentError ? result.problems : []), ...problems]);
}

/**
 * What is wrong with the files themselves rather than their fields: a symbolic
 * link under content/, and markup the allow-lists refuse (Markdown bodies
 * only when `markdown`: the build meets those while rendering).
 */
export function fileProblems(
  root: string,
  files: readonly SourceText[],
  { markdown }: { markdown: boolean },
): ContentProblem[] {
  return [
    ...contentSymlinks(root).map((file) => ({
      file,
      message: 'a symbolic link: content/ holds files, not links to files elsewhere',
      fix: 'replace the link with the file itself, or remove it',
    })),
    ...markupProblems(files, root, { markdown }),
  ];
}

/** Reads and validates everything under content/, and publishes it (or its problems). */
export function loadContent(root: string, today = todayIso()): Validated | ContentError {
  const files = readContentFiles(root);
  const result = withMarkupProblems(
    validateContent(files, { today }),
    fileProblems(root, files, { markdown: false }),
  );
  publishContent(result);
  return result;
}

/** Shows a content error in the browser through Vite's overlay, placed at its first problem. */
function showError(server: ViteDevServer, root: string, error: ContentError): void {
  const [first] = error.problems;
  const file = first ? `${root}/${first.file}` : undefined;
  server.ws.send({
    type: 'error',
    err: {
      message: error.message,
      stack: '',
      plugin: 'freebsd-content',
      ...(file ? { id: file, loc: { file, line: first?.line ?? 1, column: first?.column ?? 1 } } : {}),
    },
  });
}

/**
 * The one pipeline for content: every file under content/ is read and
 * validated once when Astro starts (paths, front matter, data files and how
 * they refer to each other, and what MDX may hold), before anything renders. A build stops on the
 * first problem list. The dev server watches content/: each change validates
 * the whole tree again, refreshes the collections and the pages, and shows
 * a problem in the error overlay until it is fixed.
 */
export function contentIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'freebsd-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        const result = loadContent(root);
        if (result instanceof ContentError) {
          if (command === 'build') throw result;
          logger.error(result.message);
        }
      },
      'astro:build:start': () => {
        // The collections have loaded: stop on every body that failed to render.
        const problems = renderingProblems();
        if (problems.length > 0) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const contentDir = `${root}/${CONTENT_DIR}/`;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const reload = async (): Promise<void> => {
          const result = loadContent(root);
          if (result instanceof ContentError) {
            logger.error(result.message);
            showError(server, root, result);
            return;
          }
          // Astro skips a refresh while it reloads its content config (as it does after an MDX edit), and
          // folds one asked for during a sync into that sync: refresh until every collection holds the newest.
          for (let attempt = 0; attempt < 50 && refreshContent; attempt += 1) {
            await refreshContent({ loaders: [LOADER_NAME] });
            if (loadedEverywhere()) break;
            await new Promise((done) => setTimeout(done, 100));
          }
          const problems = renderingProblems();
          if (problems.length > 0) {
            const error = new ContentError(problems);
            logger.error(error.message);
            showError(server, root, error);
            return;
          }
          // Topic MDX is compiled with the registry of its time: recompile it with the new one.
          for (const environment of Object.values(server.environments)) {
            for (const module of environment.moduleGraph.idToModuleMap.values()) {
              if (module.id?.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
            }
          }
          server.ws.send({ type: 'full-reload' });
        };
        // One reload at a time: a change that arrives during one is picked up by another right after,
        // since Astro folds a content refresh asked for during a sync into the sync already running.
        let running: Promise<void> | undefined;
        let again = false;
        const schedule = (): void => {
          if (running) {
            again = true;
            return;
          }
          running = (async () => {
            do {
              again = false;
              await reload();
            } while (again);
          })().finally(() => {
            running = undefined;
          });
        };
        const onChange = (path: string): void => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(schedule, 30);
        };
        server.watcher.add(contentDir);
        server.watcher.on('add', onChange);
        server.watcher.on('change', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
