import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { inlineStylesheet } from '../lib/inline-stylesheet.ts';
import { routes, withBase } from '../lib/paths.ts';
import { withOwnHashes } from '../lib/site-check/csp.ts';
import { writeSearchIndexes } from './pagefind.ts';
import { checkSite, type SiteCheckContext } from './site-checks.ts';

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Finishes every page: the code colours (src/integrations/code-styles.ts, written
 * once all pages are rendered) go inline where a page links them, and each page
 * gets a policy that allows its own inline code only (src/lib/site-check/csp.ts).
 */
async function finishPages(outDir: string, base: string): Promise<number> {
  const codeStylesFile = join(outDir, routes.codeStyles());
  const codeStyles = await readFile(codeStylesFile, 'utf8').catch(() => undefined);
  const codeStylesHref = withBase(base, routes.codeStyles());
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  // A few files at a time: tens of thousands of pages must not exhaust the open-file limit.
  const queue = [...pages];
  const worker = async (): Promise<void> => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const path = join(outDir, file);
      const html = await readFile(path, 'utf8');
      const styled = codeStyles === undefined ? html : inlineStylesheet(html, codeStylesHref, codeStyles);
      const finished = withOwnHashes(styled);
      if (finished !== html) await writeFile(path, finished);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  // Every page that needed the sheet now holds it.
  await rm(codeStylesFile, { force: true });
  return pages.length;
}

/**
 * What follows every build, over the pages in dist/: first each page is
 * finished (code colours inline, its own Content-Security-Policy), then the search indexes
 * (src/integrations/pagefind.ts) and the site checks (src/integrations/site-checks.ts),
 * side by side, since Pagefind works in a process of its own. A problem the
 * checks find stops the build.
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
        const started = performance.now();
        const finished = await finishPages(outDir, context.base);
        logger.info(
          `code colours inline and a policy of its own for each of ${String(finished)} pages (${seconds(started)})`,
        );
        const [indexed, checked] = await Promise.all([
          writeSearchIndexes(outDir).then((summary) => `${summary} (${seconds(started)})`),
          checkSite(outDir, context).then((result) => ({
            ...result,
            summary: `${result.summary} (${seconds(started)})`,
          })),
        ]);
        if (checked.problems.length > 0) throw new ContentError(checked.problems);
        logger.info(indexed);
        logger.info(checked.summary);
      },
    },
  };
}
