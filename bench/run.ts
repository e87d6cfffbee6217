/**
 * `npm run bench [-- flags]`: our site, the floor (bench/floor/) and Starlight
 * built from the same synthetic change records at several sizes, search
 * bytes, a CPU profile of our build, Lighthouse and the dev loop. Reports go
 * to bench/.out/report.md and report.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launch } from '../scripts/lib/chromium.ts';
import { ProjectCopy } from '../scripts/lib/project-copy.ts';
import { serve } from '../scripts/lib/static-server.ts';
import {
  generateRecords,
  readSiteFacts,
  type SiteFacts,
  type SyntheticRecord,
} from '../scripts/lib/synthetic-records.ts';
import { measureSearch } from './lib/browser.ts';
import { cleanBuildState, runBuild, waitForQuiet } from './lib/build.ts';
import { devLoop } from './lib/dev.ts';
import { lighthouse } from './lib/lighthouse.ts';
import { distStats } from './lib/measure.ts';
import { summarizeProfiles } from './lib/profile.ts';
import { judge, kB, markdown, type BuildResult, type Results } from './lib/report.ts';
import {
  ensureDeps,
  prepareFloor,
  prepareOurs,
  prepareStarlight,
  versionOf,
  type Deps,
  type SiteKind,
} from './lib/sites.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SITES = ['ours', 'floor', 'starlight'] as const;
const { values: flags } = parseArgs({
  allowNegative: true,
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '2016' },
    floor: { type: 'boolean', default: true },
    starlight: { type: 'boolean', default: true },
    search: { type: 'boolean', default: true },
    profile: { type: 'string', default: '1000' },
    lighthouse: { type: 'boolean', default: true },
    dev: { type: 'boolean', default: true },
    'lighthouse-runs': { type: 'string' },
    'dev-runs': { type: 'string' },
    'quiet-wait': { type: 'string', default: '120' },
    out: { type: 'string', default: join(ROOT, 'bench/.out') },
    check: { type: 'boolean', default: false },
  },
});
const sizes = (flags.sizes ?? (flags.quick ? '100,1000' : '100,1000,10000,20000')).split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes: ${String(flags.sizes)}`);
const seed = Number(flags.seed);
const profileSize = flags.profile === 'no' || flags.profile === '0' ? 0 : Number(flags.profile);
const lighthouseRuns = Number(flags['lighthouse-runs'] ?? (flags.quick ? 1 : 3));
const devRuns = Number(flags['dev-runs'] ?? (flags.quick ? 3 : 5));
const OUT = resolve(flags.out);
const WORK = join(OUT, 'work');
const started = performance.now();
const say = (line: string): void => {
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
};
const quiet = (): Promise<number> => waitForQuiet(Number(flags['quiet-wait']) * 1000, say);
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
/** Commands for runBuild: a label, then the command line. */
const NODE = process.execPath;
const astro = (dir: string, ...node: string[]) => ['astro build', NODE, ...node, join(dir, ASTRO), 'build'];
const pagefindCli = (output: string) => [
  'Pagefind CLI',
  NODE,
  PAGEFIND,
  '--site',
  'dist',
  '--output-path',
  output,
];
const build = (dir: string, name: string, env: object, ...commands: string[][]) =>
  runBuild(dir, commands, join(OUT, 'logs', `${name}.log`), env);

/** Prepares, builds and measures one site at one size; removes its copy afterwards (10,000 records take 250 MB). */
async function buildSite(
  site: SiteKind,
  records: readonly SyntheticRecord[],
  facts: SiteFacts,
  browser?: Browser,
  deps?: Deps,
): Promise<BuildResult> {
  const name = `${site}-${String(records.length)}`;
  const dir = join(WORK, name);
  say(`${site}: ${records.length.toLocaleString('en')} records in ${relative(ROOT, dir)}`);
  const env = site === 'ours' ? prepareOurs(dir, records) : {};
  if (site === 'floor') prepareFloor(dir, records);
  if (site === 'starlight' && deps) prepareStarlight(dir, records, facts, deps);
  cleanBuildState(dir);
  await quiet();
  // The floor indexes with Pagefind's CLI after the build, as its README would tell a user to.
  const floor = site === 'floor' ? [pagefindCli('dist/pagefind')] : [];
  const run = await build(dir, name, env, astro(dir), ...floor);
  const result: BuildResult = { site, records: records.length, run };
  if (!run.ok) {
    say(`  FAILED; see ${relative(ROOT, run.log)}\n${run.errorTail ?? ''}`);
    return { ...result, error: run.errorTail ?? 'failed' };
  }
  const dist = join(dir, 'dist');
  const ids = records.map((record) => record.id);
  result.dist = distStats(dist, ids);
  say(
    `  ${(run.wallMs / 1000).toFixed(1)} s (CPU ${(run.cpuMs / 1000).toFixed(1)} s), peak RSS ${(run.peakRssBytes / 2 ** 30).toFixed(2)} GiB, dist ${(result.dist.bytes / 2 ** 20).toFixed(1)} MiB, change page ${kB(result.dist.changeHtml.raw)} kB`,
  );
  const server = browser && (await serve(dist, '/', { gzip: true }));
  try {
    const middle = records[Math.floor(records.length / 2)];
    const search = server && (await measureSearch(browser, server, `/changes/${middle?.id ?? ''}/`, site));
    if (search) say(`  search: first ${kB(search.first.bytes)} kB, second ${kB(search.second.bytes)} kB`);
    if (search) result.search = search;
  } catch (error) {
    result.error = `search: ${(error as Error).message.split('\n')[0] ?? ''}`;
    say(`  ${result.error}`);
  } finally {
    await server?.close();
  }
  if (site === 'ours') {
    await quiet();
    const cli = await build(dir, `pagefind-cli-${String(records.length)}`, {}, pagefindCli('pagefind-cli'));
    result.pagefindCli = { wallMs: cli.wallMs, cpuMs: cli.cpuByProcess['pagefind_extend'] ?? NaN };
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Lighthouse on the real site (no synthetic records), built with SITE_URL at the server that serves it. */
async function realSite(deps: Deps, results: Results): Promise<void> {
  const dir = join(WORK, 'real-site');
  const copy = new ProjectCopy(dir);
  const server = await serve(join(dir, 'dist'), '/', { gzip: true });
  say(`the real site, for Lighthouse (${String(lighthouseRuns)} run(s) per page)`);
  try {
    const run = await build(dir, 'real-site', { ...copy.gitEnv(), SITE_URL: server.origin }, astro(dir));
    if (!run.ok) throw new Error(`the real site did not build: ${run.errorTail ?? ''}`);
    results.lighthouse = [];
    for (const path of ['/', '/topics/blkfront/', '/changes/base/r286062/']) {
      await quiet();
      results.lighthouse.push(
        await lighthouse(deps.lighthouseCli, server.origin, path, lighthouseRuns, join(OUT, 'lighthouse')),
      );
    }
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(join(OUT, 'logs'), { recursive: true });
  rmSync(WORK, { recursive: true, force: true });
  const facts = readSiteFacts(ROOT);
  const deps = flags.starlight || flags.lighthouse ? ensureDeps(join(OUT, 'deps'), say) : undefined;
  const all = generateRecords(facts, Math.max(...sizes, profileSize), seed);
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 2 ** 28 }).trim();
  const dirty = git('status', '--porcelain', '--', '.', ':!bench').split('\n').filter(Boolean).length;
  const version = (name: string): string => versionOf(join(ROOT, 'node_modules'), name) ?? '?';
  const results: Results = {
    meta: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.replace(/ -- $/, ''),
      commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` (+${String(dirty)} uncommitted paths outside bench/)` : ''}`,
      machine: `${String(cpus().length)} × ${cpus()[0]?.model.trim() ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
      versions: {
        node: process.version,
        astro: version('astro'),
        pagefind: version('pagefind'),
        ...deps?.versions,
      },
      seed,
      sizes,
      durationS: 0,
    },
    builds: [],
    budgets: [],
  };
  const browser = flags.search ? await launch() : undefined;
  try {
    for (const size of sizes) {
      // Above 10,000 records (the budgets' size) only ours is built, for the size of dist/.
      for (const site of SITES.filter((kind) => kind === 'ours' || (flags[kind] && size <= 10_000))) {
        results.builds.push(await buildSite(site, all.slice(0, size), facts, browser, deps));
      }
    }
  } finally {
    await browser?.close();
  }
  if (profileSize > 0) {
    const dir = join(WORK, `profile-${String(profileSize)}`);
    const profiles = join(OUT, 'profile');
    rmSync(profiles, { recursive: true, force: true });
    const env = prepareOurs(dir, all.slice(0, profileSize));
    say(`ours: ${profileSize.toLocaleString('en')} records under node --cpu-prof`);
    await quiet();
    const run = await build(dir, 'profile', env, astro(dir, '--cpu-prof', `--cpu-prof-dir=${profiles}`));
    if (run.ok) results.profile = { records: profileSize, run, summary: summarizeProfiles(profiles, dir) };
    rmSync(dir, { recursive: true, force: true });
  }
  if (flags.lighthouse && deps) await realSite(deps, results);
  if (flags.dev) {
    // Outside bench/.out/: the site's Vite config does not watch files there.
    const copy = new ProjectCopy(mkdtempSync(join(tmpdir(), 'bench-dev-')));
    say(`astro dev: cold start, then ${String(devRuns)} saves of a change record and of a topic`);
    await quiet();
    results.dev = await devLoop(copy.dir, devRuns, join(OUT, 'logs', 'dev.log'), copy.gitEnv());
    copy.remove();
    const floor = mkdtempSync(join(tmpdir(), 'bench-dev-floor-'));
    prepareFloor(floor, all.slice(0, 100));
    await quiet();
    results.devFloor = await devLoop(floor, 0, join(OUT, 'logs', 'dev-floor.log'), {});
    rmSync(floor, { recursive: true, force: true });
  }
  results.budgets = judge(results);
  results.meta.durationS = (performance.now() - started) / 1000;
  const report = markdown(results);
  writeFileSync(join(OUT, 'report.md'), `${report}\n`);
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${report}`);
  say(`reports: ${relative(ROOT, join(OUT, 'report.md'))} and report.json`);
  if (flags.check && results.budgets.some((budget) => budget.status === 'fail')) process.exitCode = 1;
}

await main();
