import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes, withBase } from '../lib/paths.ts';
import type { StyleClasses } from '../lib/style-classes.ts';

/**
 * Writes the stylesheet of the classes that replaced Shiki's inline styles
 * (src/plugins/code-style-classes.ts) once every page has been rendered (the
 * after-build step then puts it inline in the pages that link it), and
 * serves it from memory in the dev server.
 */
export function codeStyles(classes: StyleClasses): AstroIntegration {
  return {
    name: 'code-styles',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const url = withBase(config.base, routes.codeStyles());
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'code-styles-dev',
                configureServer(server) {
                  server.middlewares.use(url, (_request, response) => {
                    response.setHeader('Content-Type', 'text/css');
                    response.end(classes.css());
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), routes.codeStyles());
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, `${classes.css()}\n`);
        logger.info(`${String(classes.size)} code colour classes`);
      },
    },
  };
}
