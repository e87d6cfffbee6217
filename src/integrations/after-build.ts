import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { inlineStylesheet } from '../lib/inline-stylesheet.ts';
import { routes, withBase } from '../lib/paths.ts';
import { withOwnHashes } from '../lib/site-check/csp.ts';
import { writeSearchIndexes } from './pagefind.ts';
import type { FinishAndCheckRequest } from './finish-and-check.ts';
import type { SiteCheckContext } from './site-checks.ts';

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Finishes every page: the code colours (src/integrations/code-styles.ts, written
 * once all pages are rendered) go inline where a page links them, and each page
 * gets a policy that allows its own inline code only, and of that only the
 * site's own code (src/lib/site-check/csp.ts).
 */
export async function finishPages(outDir: string, base: string): Promise<number> {
  const codeStylesFile = join(outDir, routes.codeStyles());
  const codeStyles = await readFile(codeStylesFile, 'utf8').catch(() => undefined);
  const codeStylesHref = withBase(base, routes.codeStyles());
  // The one inline code this step writes itself (inlineStylesheet trims it).
  const ownStyles = codeStyles === undefined ? [] : [codeStyles.trim()];
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  // A few files at a time: tens of thousands of pages must not exhaust the open-file limit.
  const queue = [...pages];
  const worker = async (): Promise<void> => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const path = join(outDir, file);
      const html = await readFile(path, 'utf8');
      const styled = codeStyles === undefined ? html : inlineStylesheet(html, codeStylesHref, codeStyles);
      const finished = withOwnHashes(styled, { styles: ownStyles });
      // Whole or not at all: Pagefind reads the pages meanwhile (a new file, then a rename).
      if (finished !== html) {
        await writeFile(`${path}.finishing`, finished);
        await rename(`${path}.finishing`, path);
      }
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  // Every page that needed the sheet now holds it.
  await rm(codeStylesFile, { force: true });
  return pages.length;
}

/** How long a step took, for the log. */
export async function timed<T>(step: () => Promise<T>): Promise<{ value: T; took: string }> {
  const started = performance.now();
  const value = await step();
  return { value, took: seconds(started) };
}

/**
 * Finishing and the site checks (src/integrations/finish-and-check.ts), in a
 * process of their own: the checks' garbage stays out of the build's large
 * heap, and the build's main thread stays free. At the same priority as
 * Pagefind: a lower one (nice 5) would favour Pagefind on an idle machine, but starved
 * the checks whenever anything else ran (1.3 to 1.8 times the after-build
 * step's time in three alternating runs on the shared 2-core VM, bench/RESULTS.md).
 */
function finishAndCheck(
  request: FinishAndCheckRequest,
): Promise<{ problems: ContentProblem[]; log: string[] }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./finish-and-check.ts', import.meta.url)), {
      serialization: 'advanced',
    });
    let answer: { problems: ContentProblem[]; log: string[] } | undefined;
    child.once('message', (message: typeof answer) => (answer = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (answer && code === 0) resolve(answer);
      else
        reject(new Error(`finishing and checking the pages stopped (exit code ${String(code)}); see above`));
    });
    child.send(request);
  });
}

/**
 * What follows every build, over the pages in dist/: the search indexes
 * (src/integrations/pagefind.ts) and, beside them, in a second process,
 * each page finished (code colours inline, its own
 * Content-Security-Policy) and then the site checks over the finished pages
 * (src/integrations/site-checks.ts). Pagefind starts at once: it reads only
 * what finishing leaves as it is (each page's body and title), and finishing
 * replaces a page whole. A problem the checks find stops the build. Each step
 * logs its own time.
 */
export function afterBuild(): AstroIntegration {
  let context: SiteCheckContext = { origin: 'https://example.org', base: '/', routes: [] };
  return {
    name: 'after-build',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        context = {
          ...context,
          routes: routes.map((route) => ({ pattern: route.patternRegex, file: route.entrypoint })),
        };
      },
      'astro:config:done': ({ config }) => {
        context = { ...context, origin: config.site ?? context.origin, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const [indexed, checked] = await Promise.allSettled([
          timed(() => writeSearchIndexes(outDir)),
          finishAndCheck({ outDir, context }),
        ]);
        if (checked.status === 'rejected') throw checked.reason;
        for (const line of checked.value.log) logger.info(line);
        if (checked.value.problems.length > 0) throw new ContentError(checked.value.problems);
        if (indexed.status === 'rejected') throw indexed.reason;
        logger.info(`${indexed.value.value} (${indexed.value.took})`);
      },
    },
  };
}
