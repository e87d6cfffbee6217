import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-error.ts';
import { writeSearchIndexes } from './pagefind.ts';
import { checkSite, type SiteCheckContext } from './site-checks.ts';

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * What follows every build, over the pages in dist/: the search indexes
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
