import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceText } from '../schemas/validate.ts';

/** The folder authors write in, relative to the project root. */
export const CONTENT_DIR = 'content';

/**
 * Every entry under a folder, without following symbolic links: Node's
 * recursive readdir walks into a linked folder, and would read files from
 * outside the checkout.
 */
function walk(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? [entry, ...walk(join(dir, entry.name))] : [entry],
  );
}

/**
 * Every file under content/, as text with its path relative to the project
 * root. Hidden files (.DS_Store and the like) are not content and are left out;
 * so are symbolic links, which contentSymlinks names.
 */
export function readContentFiles(root: string): SourceText[] {
  const dir = join(root, CONTENT_DIR);
  return walk(dir)
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

/**
 * Every symbolic link under content/, as a path from the project root: a link
 * to a folder would pull in files from outside the checkout, a link to a file
 * would be left out without a word, so each is refused by name.
 */
export function contentSymlinks(root: string): string[] {
  return walk(join(root, CONTENT_DIR))
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
