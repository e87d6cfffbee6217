import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceText } from '../schemas/validate.ts';

/** The folder authors write in, relative to the project root. */
export const CONTENT_DIR = 'content';

/**
 * Every file under content/, as text with its path relative to the project
 * root. Hidden files (.DS_Store and the like) are not content and are left out.
 */
export function readContentFiles(root: string): SourceText[] {
  const dir = join(root, CONTENT_DIR);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !relative(dir, path)
          .split(sep)
          .some((part) => part.startsWith('.')),
    )
    .sort()
    .map((path) => ({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}
