/**
 * Git repositories built from scratch for the import's tests and benchmark,
 * shaped like FreeBSD's: svn notes in refs/notes/commits, stable and releng
 * branches, release tags, cherry-picks with -x.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Who {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 with offset. */
  readonly date: string;
}

export interface CommitSpec {
  /** Path → content; null deletes the file. */
  readonly files: Readonly<Record<string, string | null>>;
  readonly message: string;
  readonly author: Who;
  /** The author, where left out. */
  readonly committer?: Who;
  /** The svn note, such as `svn path=/head/; revision=286062`. */
  readonly note?: string;
}

export class FixtureRepo {
  readonly dir: string;

  constructor(dir = mkdtempSync(join(tmpdir(), 'freebsd-git-'))) {
    this.dir = dir;
    this.git(['init', '-q', '-b', 'main']);
    this.git(['config', 'commit.gpgsign', 'false']);
  }

  git(args: readonly string[], env: Record<string, string> = {}): string {
    const result = spawnSync('git', ['-C', this.dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir, ...env },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  }

  private env(author: Who, committer: Who = author): Record<string, string> {
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date,
    };
  }

  /** Makes a commit on the current branch and returns its hash. */
  commit(spec: CommitSpec): string {
    for (const [path, content] of Object.entries(spec.files)) {
      if (content === null) this.git(['rm', '-q', path]);
      else {
        mkdirSync(dirname(join(this.dir, path)), { recursive: true });
        writeFileSync(join(this.dir, path), content);
        this.git(['add', path]);
      }
    }
    this.git(['commit', '-q', '--allow-empty', '-m', spec.message], this.env(spec.author, spec.committer));
    const hash = this.git(['rev-parse', 'HEAD']);
    if (spec.note !== undefined) this.note(hash, spec.note);
    return hash;
  }

  note(hash: string, note: string): void {
    this.git(
      ['notes', 'add', '-f', '-m', note, hash],
      this.env({ name: 'svn2git', email: 'svn2git@FreeBSD.org', date: '2020-12-23T00:00:00Z' }),
    );
  }

  /** Renames a file in one commit. */
  rename(from: string, to: string, message: string, author: Who, note?: string): string {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    this.git(['mv', from, to]);
    return this.commit({ files: {}, message, author, ...(note === undefined ? {} : { note }) });
  }

  /** `git cherry-pick -x` of a commit onto the current branch. */
  cherryPick(hash: string, committer: Who, note?: string): string {
    this.git(['cherry-pick', '-x', hash], this.env(committer, committer));
    const picked = this.git(['rev-parse', 'HEAD']);
    if (note !== undefined) this.note(picked, note);
    return picked;
  }

  revert(hash: string, author: Who): string {
    this.git(['revert', '--no-edit', hash], this.env(author));
    return this.git(['rev-parse', 'HEAD']);
  }

  /** A merge commit of `branch` into the current branch. */
  merge(branch: string, message: string, author: Who): string {
    this.git(['merge', '-q', '--no-ff', '-m', message, branch], this.env(author));
    return this.git(['rev-parse', 'HEAD']);
  }

  branch(name: string, from = 'HEAD'): void {
    this.git(['branch', name, from]);
  }

  checkout(name: string): void {
    this.git(['checkout', '-q', name]);
  }

  tag(name: string, at = 'HEAD'): void {
    this.git(['tag', name, at]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
