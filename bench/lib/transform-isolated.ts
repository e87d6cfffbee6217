import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toChangeMarkdown, type SyntheticRecord } from './generate.ts';
import { median } from './measure.ts';
import type { IsolatedTransform } from './types.ts';

/** The parts of the site and of Sätteri this uses, typed loosely: a change there fails here at run time, reported. */
interface Satteri {
  markdownToHtml: (source: string, options: Record<string, unknown>) => unknown;
}
interface RegistryModule {
  RevisionRegistry: { build: (changes: unknown[]) => { registry: unknown } };
}
interface PluginModule {
  referenceLinks: (options: { registry: unknown; root: string }) => unknown;
}

/**
 * The auto-linking transform in isolation, free of the build's noise: Sätteri
 * (the site's Markdown processor) renders every record's Markdown with the
 * site's own `referenceLinks` plugin and without it, `rounds` times each.
 */
export async function isolatedTransformCost(
  root: string,
  records: readonly SyntheticRecord[],
  rounds = 7,
): Promise<IsolatedTransform> {
  const result: IsolatedTransform = {
    records: records.length,
    rounds,
    withMs: Number.NaN,
    withoutMs: Number.NaN,
  };
  try {
    const satteri = (await import('satteri')) as unknown as Satteri;
    const source = (path: string): string => pathToFileURL(join(root, path)).href;
    const { RevisionRegistry } = (await import(source('src/lib/registry.ts'))) as RegistryModule;
    const { referenceLinks } = (await import(source('src/plugins/reference-links.ts'))) as PluginModule;
    const { registry } = RevisionRegistry.build(
      records.map((record) => ({
        repository: record.repository,
        revision: record.revision,
        title: record.title,
        file: `content/changes/base/r${String(record.revision)}.md`,
      })),
    );
    const plugin = referenceLinks({ registry, root });
    const documents = records.map((record) => ({
      text: toChangeMarkdown(record),
      fileURL: pathToFileURL(join(root, `content/changes/base/r${String(record.revision)}.md`)),
    }));
    const time = (plugins: unknown[]): number => {
      const start = performance.now();
      for (const document of documents) {
        satteri.markdownToHtml(document.text, {
          mdastPlugins: plugins,
          features: { frontmatter: true },
          fileURL: document.fileURL,
        });
      }
      return performance.now() - start;
    };
    const withPlugin: number[] = [];
    const without: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      withPlugin.push(time([plugin]));
      without.push(time([]));
    }
    result.withMs = median(withPlugin);
    result.withoutMs = median(without);
  } catch (error) {
    result.error = (error as Error).message;
  }
  return result;
}
