import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listMarkdown, loadChangeRegistry } from '../../src/integrations/change-records.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { changeSchema, type Change } from '../../src/schemas/change.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The change records, read and validated the same way the build reads them. */
export const registry = loadChangeRegistry(ROOT);
export const records = registry.all();

/** Every record's full front matter, for checks that need its topics or credits. */
export const changes: Change[] = listMarkdown(ROOT, 'content/changes').map((path) =>
  changeSchema.parse(readFrontmatter(readFileSync(path, 'utf8')).data),
);
