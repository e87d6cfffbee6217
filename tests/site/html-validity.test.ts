import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, readPages } from '../../scripts/lib/dist.ts';

/** The Nu Html Checker's jar, from the vnu-jar package; Java 17 or later runs it. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
/**
 * A short-lived JVM: the quick compiler only and the simple collector (half
 * the CPU time of the defaults over a few hundred pages), with the deeper
 * stack the quick compiler's frames need on the checker's recursive parser.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];

interface Message {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * One run of the checker over every HTML page of both builds (one JVM start,
 * not one per page or per build): the files it says it checked (--verbose
 * names each on stdout) and its errors by file.
 */
function check(files: readonly string[]): { checked: string[]; byFile: Map<string, string[]> } {
  const result = spawnSync(
    'java',
    [...JVM_OPTIONS, '-jar', VNU_JAR, '--errors-only', '--verbose', '--format', 'json', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error)
    throw new Error(`could not run java (is Java 17 or later installed?): ${result.error.message}`);
  let messages: Message[];
  try {
    ({ messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: Message[] });
  } catch {
    throw new Error(`the checker did not answer in JSON:\n${result.stderr}`);
  }
  const byFile = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const message of messages) {
    const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : '';
    const key = files.find((candidate) => file.endsWith(`/${candidate}`)) ?? file;
    const where = message.lastLine === undefined ? '' : ` (line ${String(message.lastLine)})`;
    byFile.set(key, [
      ...(byFile.get(key) ?? []),
      `${message.type}${where}: ${message.message}${message.extract ? ` in “${message.extract.trim()}”` : ''}`,
    ]);
  }
  return { checked: result.stdout.split('\n').filter(Boolean), byFile };
}

const pagesOf = (dir: string): string[] => readPages(dir).map(({ file }) => join(dir, file));
const given = BUILDS.flatMap(({ dir }) => pagesOf(dir));
const { checked, byFile } = check(given);

it('reports every error against a page it was given', () => {
  expect([...byFile.keys()].filter((file) => !given.includes(file))).toEqual([]);
});

describe.each(BUILDS)('the Nu Html Checker over every page in $dir', ({ dir }) => {
  const pages = pagesOf(dir);

  it('checked every page', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(checked.filter((file) => file.startsWith(`${dir}/`)).sort()).toEqual(pages.sort());
  });

  it.each(pages)('%s has no errors', (file) => {
    expect(byFile.get(file)).toEqual([]);
  });
});
