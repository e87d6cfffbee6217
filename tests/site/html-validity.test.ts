import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, readPages } from '../../scripts/lib/dist.ts';

/** The Nu Html Checker's jar, from the vnu-jar package; Java 17 or later runs it. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface Message {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** One run of the checker over every HTML page of a build (one JVM start, not one per page). */
function check(dir: string): Map<string, string[]> {
  const files = readPages(dir).map(({ file }) => join(dir, file));
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`could not run java (is Java 17 or later installed?): ${result.error.message}`);
  const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: Message[] };
  const byFile = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const message of messages) {
    const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : '';
    const key = files.find((candidate) => file.endsWith(candidate)) ?? file;
    const where = message.lastLine === undefined ? '' : ` (line ${String(message.lastLine)})`;
    byFile.set(key, [
      ...(byFile.get(key) ?? []),
      `${message.type}${where}: ${message.message}${message.extract ? ` in “${message.extract.trim()}”` : ''}`,
    ]);
  }
  return byFile;
}

describe.each(BUILDS)('the Nu Html Checker over every page in $dir', ({ dir }) => {
  const results = check(dir);

  it('checked every page', () => {
    expect(results.size).toBe(readPages(dir).length);
  });

  it.each([...results.keys()])('%s has no errors', (file) => {
    expect(results.get(file)).toEqual([]);
  });
});
