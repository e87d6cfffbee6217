/**
 * A synthetic repository shaped like FreeBSD src, written with one
 * `git fast-import` stream: `commits` commits on main, every `xenEvery`-th
 * touching a Xen path; Subversion notes on the first `svnCommits`; a
 * stable branch with MFCs of Xen commits; release tags along the way. For
 * the import's benchmark (scripts/bench-import.ts): nothing here is a fact
 * about FreeBSD.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SyntheticGitOptions {
  readonly commits: number;
  readonly xenEvery: number;
  readonly svnCommits: number;
  readonly mfcs: number;
}

const XEN_FILES = [
  'sys/dev/xen/blkfront/blkfront.c',
  'sys/dev/xen/netfront/netfront.c',
  'sys/xen/xenbus/xenbus.c',
  'sys/x86/xen/hvm.c',
  'sys/dev/xen/blkback/blkback.c',
];
const START = Date.UTC(2004, 0, 1) / 1000;

function data(text: string): string {
  return `data ${String(Buffer.byteLength(text))}\n${text}\n`;
}

/** The fast-import stream of `count` commits continuing from mark `from` (0: the start). */
function stream(options: SyntheticGitOptions, first: number, count: number): string {
  const parts: string[] = [];
  const notes: string[] = [];
  const xen: number[] = [];
  for (let i = first; i < first + count; i += 1) {
    const isXen = i % options.xenEvery === 0;
    const time = START + i * 3600;
    const handle = `dev${String(i % 40)}`;
    const file = isXen ? (XEN_FILES[i % XEN_FILES.length] ?? '') : `sys/kern/file${String(i % 97)}.c`;
    const message = isXen
      ? `xen: change ${String(i)}\n\nReviewed by:\tdev${String((i + 1) % 40)}\nDifferential Revision:\thttps://reviews.freebsd.org/D${String(i)}\n`
      : `kern: change ${String(i)}\n`;
    parts.push(
      `commit refs/heads/main\nmark :${String(i + 1)}\n` +
        `author Dev ${handle} <${handle}@FreeBSD.org> ${String(time)} +0000\n` +
        `committer Dev ${handle} <${handle}@FreeBSD.org> ${String(time)} +0000\n` +
        data(message) +
        (i === 0 ? '' : i === first ? 'from refs/heads/main^0\n' : `from :${String(i)}\n`) +
        `M 100644 inline ${file}\n${data(`${String(i)}\n`)}`,
    );
    if (i < options.svnCommits)
      notes.push(`N inline :${String(i + 1)}\n${data(`svn path=/head/; revision=${String(i + 1)}`)}`);
    if (isXen) xen.push(i);
    if (i > 0 && i % 5000 === 0)
      parts.push(`reset refs/tags/release/${String(5 + i / 5000)}.0.0\nfrom :${String(i + 1)}\n\n`);
  }
  if (first === 0) {
    // A stable branch from the middle, with MFCs of Xen commits made before it.
    const base = Math.floor(count / 2);
    const picks = xen.filter((i) => i < base).slice(-options.mfcs);
    picks.forEach((original, n) => {
      const mark = 10_000_000 + n;
      const time = START + base * 3600 + n * 60;
      const file = XEN_FILES[original % XEN_FILES.length] ?? '';
      parts.push(
        `commit refs/heads/stable/13\nmark :${String(mark)}\n` +
          `committer Dev mfc <mfc@FreeBSD.org> ${String(time)} +0000\n` +
          data(`MFC r${String(original + 1)}:\n\nxen: change ${String(original)}\n`) +
          (n === 0 ? `from :${String(base)}\n` : '') +
          `M 100644 inline ${file}\n${data(`mfc ${String(n)}\n`)}`,
      );
      if (original < options.svnCommits)
        notes.push(
          `N inline :${String(mark)}\n${data(`svn path=/stable/13/; revision=${String(options.commits + n + 1)}`)}`,
        );
    });
    parts.push(`reset refs/tags/release/13.0.0\nfrom :${String(10_000_000 + picks.length - 1)}\n\n`);
  }
  if (notes.length > 0)
    parts.push(
      `commit refs/notes/commits\ncommitter svn2git <svn2git@FreeBSD.org> ${String(START)} +0000\n${data('notes')}${first === 0 ? '' : 'from refs/notes/commits^0\n'}${notes.join('')}`,
    );
  return parts.join('');
}

function fastImport(dir: string, input: string): void {
  const result = spawnSync('git', ['-C', dir, 'fast-import', '--quiet'], { input, maxBuffer: 2 ** 30 });
  if (result.status !== 0) throw new Error(`git fast-import: ${result.stderr.toString()}`);
}

/** Makes the repository; returns its folder. */
export function syntheticGit(options: SyntheticGitOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'freebsd-synthetic-git-'));
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  fastImport(dir, stream(options, 0, options.commits));
  return dir;
}

/** Adds `count` commits to main, every one touching a Xen path, without notes (as git-era commits are). */
export function addCommits(dir: string, options: SyntheticGitOptions, count: number): void {
  fastImport(dir, stream({ ...options, xenEvery: 1, svnCommits: 0 }, options.commits, count));
}
