/**
 * The import's only contact with a repository: `git`, run in the clone.
 * Every call either returns git's output or throws an ImportError that says
 * what to fix.
 */
import { spawnSync } from 'node:child_process';
import { ImportError } from './errors.ts';

export class Git {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Runs git and returns its standard output; fails with git's message. */
  run(args: readonly string[], what: string): string {
    const result = spawnSync('git', ['-C', this.dir, ...args], {
      encoding: 'utf8',
      maxBuffer: 2 ** 31 - 1,
      env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' },
    });
    if (result.error)
      throw new ImportError(`${this.dir}: could not run git (${result.error.message})`, 'install git');
    if (result.status !== 0)
      throw new ImportError(
        `${this.dir}: git failed while ${what}: ${result.stderr.trim()}`,
        'check the clone',
      );
    return result.stdout;
  }

  /** Whether git succeeds, without output. */
  succeeds(args: readonly string[]): boolean {
    return spawnSync('git', ['-C', this.dir, ...args], { encoding: 'utf8' }).status === 0;
  }
}
