import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../scripts/search/controller.ts', import.meta.url));

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('the search UI bundle came out empty');
  return output.text;
}

/**
 * Bundles the search UI (src/scripts/search/controller.ts) as a file of its
 * own, named by its content hash, which pages import only when a reader
 * opens search. Bundling it apart from Vite keeps Vite's module-preload
 * helper out of the script every page runs. Pages learn its path from the
 * compile-time constant __SEARCH_UI__.
 */
export function searchBundle(): AstroIntegration {
  let code = '';
  let file = '';
  return {
    name: 'search-bundle',
    hooks: {
      'astro:config:setup': async ({ updateConfig, config }) => {
        code = await bundle();
        file = `_astro/search.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
        updateConfig({
          vite: {
            define: { __SEARCH_UI__: JSON.stringify(file) },
            plugins: [
              {
                name: 'search-bundle-dev',
                configureServer(server) {
                  server.middlewares.use(
                    `${config.base.replace(/\/?$/, '/')}${file}`,
                    (_request, response) => {
                      void bundle().then((fresh) => {
                        response.setHeader('Content-Type', 'text/javascript');
                        response.end(fresh);
                      });
                    },
                  );
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, code);
      },
    },
  };
}
