import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCAPED, targets } from '../../scripts/lib/hostile.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { serve, type StaticSite } from '../../scripts/lib/static-server.ts';
import { useBrowser } from './chromium.ts';
import { visit } from './helpers.ts';

/**
 * Each injection attempt the build lets through as text (scripts/lib/hostile.ts),
 * built into one copy of the site and loaded in Chromium: no script of it runs
 * (its payload would fetch a URL named after it) and the page does not navigate.
 */
describe('pages built from hostile content, in Chromium', () => {
  const chromium = useBrowser();
  let copy: ProjectCopy;
  let site: StaticSite;
  /** The pages that carry each attempt's marker, as paths a reader opens. */
  const carrying = new Map<string, string[]>();

  beforeAll(async () => {
    copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
    const files = targets(copy);
    for (const attempt of ESCAPED) attempt.apply(copy, files);
    const { status, output } = copy.build();
    if (status !== 0) throw new Error(`the build of the hostile copy failed:\n${output}`);
    const dist = join(copy.dir, 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    for (const attempt of ESCAPED) {
      carrying.set(
        attempt.marker,
        pages
          .filter((file) => readFileSync(join(dist, file), 'utf8').includes(attempt.marker))
          .map((file) => file.replace(/index\.html$/, '')),
      );
    }
    site = await serve(dist);
  }, 300_000);

  afterAll(async () => {
    await site.close();
    copy.remove();
  });

  it.each(ESCAPED.map((attempt) => [attempt.what, attempt] as const))(
    'runs nothing of %s and stays on its page',
    async (_, attempt) => {
      const pages = carrying.get(attempt.marker) ?? [];
      expect(pages.length, `no page carries ${attempt.marker}`).toBeGreaterThan(0);
      for (const path of pages) {
        const url = `${site.url}${path}`;
        const opened = await visit(chromium.browser, url);
        let dialogs = 0;
        opened.page.on('dialog', (dialog) => {
          dialogs += 1;
          void dialog.dismiss();
        });
        await opened.page.waitForTimeout(300);
        expect(
          opened.requests.filter((request) => request.includes(attempt.marker)),
          path,
        ).toEqual([]);
        expect(opened.page.url(), path).toBe(url);
        expect(dialogs, path).toBe(0);
        expect(opened.errors, path).toEqual([]);
        expect(await opened.violations(), path).toEqual([]);
        await opened.context.close();
      }
    },
  );
});
