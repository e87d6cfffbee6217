/**
 * The import's budgets (issue 19), measured, not tested: a full import of a
 * synthetic repository of 20,000 commits, 2,000 of them touching Xen paths,
 * within 60 s; an incremental run with 10 new commits within 5 s; and, with
 * --build, the site built from the imported records within 40 s.
 *
 *   node scripts/bench-import.ts [--commits 20000] [--build]
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { runImport } from './import/run.ts';
import { addCommits, syntheticGit } from './lib/synthetic-git.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { commits: { type: 'string', default: '20000' }, build: { type: 'boolean', default: false } },
});
const commits = Number(values.commits);
const options = { commits, xenEvery: 10, svnCommits: Math.floor(commits * 0.8), mfcs: 100 };

const seconds = (start: number) => (performance.now() - start) / 1000;
const verdict = (took: number, budget: number) =>
  `${took.toFixed(1)} s (budget ${String(budget)} s: ${took <= budget ? 'within' : 'OVER'})`;

let start = performance.now();
const repo = syntheticGit(options);
console.log(
  `synthetic repository: ${String(commits)} commits, ${String(commits / options.xenEvery)} touching Xen, ${String(options.mfcs)} MFCs, in ${seconds(start).toFixed(1)} s`,
);
const project = mkdtempSync(join(tmpdir(), 'freebsd-import-bench-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
try {
  start = performance.now();
  const full = runImport({ root: project, clones: { src: repo } });
  console.log(
    `full import: ${String(full.created.length)} records, ${String(full.people.length)} people: ${verdict(seconds(start), 60)}`,
  );
  addCommits(repo, options, 10);
  start = performance.now();
  const next = runImport({ root: project, clones: { src: repo } });
  console.log(
    `incremental import: ${String(next.created.length)} new records: ${verdict(seconds(start), 5)}`,
  );
  start = performance.now();
  const again = runImport({ root: project, clones: { src: repo } });
  console.log(
    `run with nothing new: ${String(again.created.length + again.updated.length)} files changed in ${seconds(start).toFixed(1)} s`,
  );
  if (values.build) {
    for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'])
      cpSync(join(ROOT, file), join(project, file), { recursive: true });
    cpSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    start = performance.now();
    const build = spawnSync('npx', ['astro', 'build'], { cwd: project, stdio: 'inherit' });
    console.log(
      `site build from the imported records: exit ${String(build.status)}, ${verdict(seconds(start), 40)}`,
    );
  }
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
}
