import { finishPages, timed } from './after-build.ts';
import { checkSite, type SiteCheckContext } from './site-checks.ts';

/** What the after-build step asks of this process: the built site and what the checks need to know. */
export interface FinishAndCheckRequest {
  readonly outDir: string;
  readonly context: SiteCheckContext;
}

/**
 * The after-build step's second process (src/integrations/after-build.ts):
 * finishes every page, then checks the finished pages, and sends back the
 * problems, with a line for the log per step, while Pagefind indexes the site.
 */
process.once('message', (request: FinishAndCheckRequest) => {
  void (async () => {
    const finished = await timed(() => finishPages(request.outDir, request.context.base));
    const checked = await timed(() => checkSite(request.outDir, request.context));
    process.send?.({
      problems: checked.value.problems,
      log: [
        `code colours inline and a policy of its own for each of ${String(finished.value)} pages (${finished.took})`,
        `${checked.value.summary} (${checked.took})`,
      ],
    });
    process.disconnect?.();
  })();
});
