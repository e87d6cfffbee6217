import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';

const SCRIPT = fileURLToPath(new URL('../scripts/search/controller.ts', import.meta.url));
const STYLES = fileURLToPath(new URL('../scripts/search/search.css', import.meta.url));

async function bundle(entry: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    ...options,
  });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`bundling ${entry} gave no output`);
  return output.text;
}

const hashed = (name: string, text: string, extension: string): string =>
  `_astro/${name}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${extension}`;

/** The search UI's script and stylesheet, each named by its content hash. */
async function bundleSearch(): Promise<Map<string, string>> {
  const css = await bundle(STYLES);
  const cssFile = hashed('search', css, 'css');
  // The stylesheet is linked by the script when it opens the dialog, not imported into it.
  const js = await bundle(SCRIPT, {
    define: { __SEARCH_CSS__: JSON.stringify(cssFile) },
    loader: { '.css': 'empty' },
  });
  return new Map([
    [hashed('search', js, 'js'), js],
    [cssFile, css],
  ]);
}

/**
 * Bundles the search UI (src/scripts/search/controller.ts and search.css) as
 * files of their own, which pages fetch only when a reader opens search.
 * Bundling it apart from Vite keeps Vite's module-preload helper out of the
 * script every page runs. Pages learn the script's path from the compile-time
 * constants __SEARCH_UI__ and __SEARCH_CSS__; the dev server serves both files from memory.
 */
export function searchBundle(): AstroIntegration {
  let files = new Map<string, string>();
  return {
    name: 'search-bundle',
    hooks: {
      'astro:config:setup': async ({ updateConfig, config }) => {
        files = await bundleSearch();
        const script = [...files.keys()].find((file) => file.endsWith('.js')) ?? '';
        const styles = [...files.keys()].find((file) => file.endsWith('.css')) ?? '';
        const base = config.base.replace(/\/?$/, '/');
        updateConfig({
          vite: {
            define: { __SEARCH_UI__: JSON.stringify(script), __SEARCH_CSS__: JSON.stringify(styles) },
            plugins: [
              {
                name: 'search-bundle-dev',
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const file = files.get((request.url ?? '').slice(base.length).split('?')[0] ?? '');
                    if (file === undefined) return next();
                    response.setHeader(
                      'Content-Type',
                      request.url?.includes('.css') ? 'text/css' : 'text/javascript',
                    );
                    response.end(file);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const [file, text] of files) {
          const target = join(fileURLToPath(dir), file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
      },
    },
  };
}
