import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's glob() loader, except that an entry which fails to render stops
 * the build. The plain loader renders Markdown entries itself and only logs
 * such an error, leaving a page without its body; the error (for example a
 * revision without a record, from the reference transform) names the file,
 * line and fix, and is raised again here after every entry has been tried.
 */
export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob',
    load: async (context: LoaderContext) => {
      const errors: string[] = [];
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            errors.push(message);
            context.logger.error(message);
          },
        },
      }) as LoaderContext['logger'];
      await inner.load({ ...context, logger });
      if (errors.length > 0) {
        throw new Error(
          `${String(errors.length)} content entr${errors.length === 1 ? 'y' : 'ies'} failed:\n\n${errors.join('\n\n')}`,
        );
      }
    },
  };
}
