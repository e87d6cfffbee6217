/**
 * OUT_DIR, checked before anything is written: Astro empties the output folder
 * first, so a folder that holds the user's work must never be one. Pure: the
 * caller passes how to resolve symbolic links and how to find a tracked file.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { ContentProblem } from '../lib/content-error.ts';

/** Folders of the project a build may never empty, nor write into. */
export const PROTECTED_FOLDERS = ['content', 'src', 'public', 'tests'] as const;
/** Of those, the ones whose inside is the user's too (a build in content/out would feed the next build). */
const NEVER_INSIDE = new Set<string>(['content', 'src', 'public']);

export interface OutDirFacts {
  /** The project root, absolute. */
  readonly root: string;
  /** The user's home folder, absolute, if known. */
  readonly home?: string | undefined;
  /** The path with its symbolic links resolved, as far as it exists. */
  readonly realpath: (path: string) => string;
  /** A file under the folder that git tracks, if any (the first found). */
  readonly trackedFile: (folder: string) => string | undefined;
}

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Why building into `outDir` (relative to the project root, as Astro reads it)
 * could delete what the user owns: the folder is or contains the project root,
 * the file system root, the home folder, content/, src/, public/ or tests/,
 * lies inside content/, src/ or public/, or contains a file git tracks.
 */
export function outDirProblems(outDir: string, facts: OutDirFacts): ContentProblem[] {
  const target = facts.realpath(resolve(facts.root, outDir));
  const root = facts.realpath(facts.root);
  const shown = JSON.stringify(outDir);
  const problem = (message: string): ContentProblem[] => [
    {
      file: 'environment variable OUT_DIR',
      message: `${shown} ${message}: the build empties its output folder first`,
      fix: 'set OUT_DIR to a folder of its own that only builds write, such as OUT_DIR=./dist (the default)',
    },
  ];
  const guarded: [string, string][] = [
    [resolve('/'), 'the file system root'],
    [root, 'the project root'],
    ...(facts.home ? [[facts.realpath(facts.home), 'your home folder'] as [string, string]] : []),
    ...PROTECTED_FOLDERS.map((folder): [string, string] => [
      facts.realpath(resolve(root, folder)),
      `${folder}/`,
    ]),
  ];
  for (const [path, name] of guarded) {
    if (within(path, target)) return problem(target === path ? `is ${name}` : `contains ${name}`);
  }
  for (const folder of NEVER_INSIDE) {
    if (within(target, facts.realpath(resolve(root, folder)))) return problem(`lies inside ${folder}/`);
  }
  const tracked = facts.trackedFile(target);
  if (tracked !== undefined) return problem(`holds ${tracked}, a file git tracks`);
  return [];
}
