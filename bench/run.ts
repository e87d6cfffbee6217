/**
 * `npm run bench [-- flags]`: builds the site with synthetic change records at
 * several sizes, side by side with Starlight, weighs the real site's pages,
 * runs Lighthouse, measures the cost of revision auto-linking and checks the
 * budgets of issue 6. Reports go to bench/.out/ (git-ignored). See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, release, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, measurePageLoad, measureSearch } from './lib/browser.ts';
import { checkBudgets } from './lib/budgets.ts';
import { runAstroBuild } from './lib/build.ts';
import { ensureBenchDeps, type BenchDeps } from './lib/deps.ts';
import {
  FIRST_SYNTHETIC_REVISION,
  generateRecords,
  wordCount,
  type SyntheticRecord,
} from './lib/generate.ts';
import { lighthouse, type LighthouseResult, type Preset } from './lib/lighthouse.ts';
import { changePageHtml, distStats, listPages, median } from './lib/measure.ts';
import { budgetTable, markdownReport } from './lib/report.ts';
import { startStaticServer } from './lib/server.ts';
import { cleanBuildState, prepareOurSite } from './lib/site.ts';
import { readSiteData, type SiteData } from './lib/site-data.ts';
import { waitForQuiet } from './lib/quiet.ts';
import { prepareStarlightSite } from './lib/starlight.ts';
import type { BenchResults, BuildMeasure, Machine, RecordStats, SiteKind } from './lib/types.ts';
import { SITE_LABELS } from './lib/types.ts';
import { transformCost } from './lib/transform.ts';
import { SEARCH_QUERIES, measureWeight, pagesToWeigh } from './lib/weight.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  allowNegative: true,
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '2016' },
    starlight: { type: 'boolean', default: true },
    'starlight-mdx': { type: 'boolean', default: true },
    weight: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    transform: { type: 'boolean', default: true },
    'lighthouse-runs': { type: 'string' },
    'transform-runs': { type: 'string' },
    'quiet-wait': { type: 'string', default: '180' },
    out: { type: 'string', default: join(ROOT, 'bench/.out') },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (flags.help) {
  console.log(readFileSync(join(ROOT, 'bench/README.md'), 'utf8'));
  process.exit(0);
}

const quick = flags.quick;
const sizes = (flags.sizes ?? (quick ? '100,1000' : '100,1000,10000'))
  .split(',')
  .map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes takes whole numbers: ${String(flags.sizes)}`);
const seed = Number(flags.seed);
const lighthouseRuns = Number(flags['lighthouse-runs'] ?? (quick ? 1 : 3));
const transformRuns = Number(flags['transform-runs'] ?? (quick ? 1 : 5));
const quietWaitMs = Number(flags['quiet-wait']) * 1000;
const OUT = resolve(flags.out);
const WORK = join(OUT, 'work');
const started = performance.now();

function say(message: string): void {
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
}

/** Before each timed build: wait (up to --quiet-wait) for other work on the machine to stop. */
async function quietMachine(): Promise<{ waitedMs: number; cores: number }> {
  return quietWaitMs > 0 ? waitForQuiet(quietWaitMs, say) : { waitedMs: 0, cores: Number.NaN };
}

function version(path: string): string {
  try {
    return (JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

function machine(): Machine {
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  return {
    cpuModel: cpus()[0]?.model.trim() ?? '?',
    cpus: cpus().length,
    memoryBytes: totalmem(),
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? 'Linux',
    kernel: release(),
  };
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty
      ? `${sha} with uncommitted changes (${String(dirty.split('\n').length)} paths outside bench/)`
      : sha;
  } catch {
    return 'not a git checkout';
  }
}

function chromiumVersion(): string {
  try {
    return (
      execFileSync('/usr/bin/chromium', ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .replace(/^Chromium\s*/, '')
        .split(' ')[0]
        ?.trim() ?? '?'
    );
  } catch {
    return '?';
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function recordStats(records: readonly SyntheticRecord[]): RecordStats {
  const words = new Set<string>();
  for (const record of records)
    for (const word of record.body.toLowerCase().split(/[^a-z0-9_.]+/)) if (word) words.add(word);
  return {
    count: records.length,
    wordsMedian: median(records.map(wordCount)),
    referencesMean:
      records.reduce((sum, record) => sum + record.refs.length, 0) / Math.max(1, records.length),
    topicsMean: records.reduce((sum, record) => sum + record.topics.length, 0) / Math.max(1, records.length),
    distinctWords: words.size,
  };
}

/** Builds one prepared site and measures the output; serves it to weigh a change page and search. */
async function buildAndMeasure(
  site: SiteKind,
  records: readonly SyntheticRecord[],
  dir: string,
  browser: Browser | undefined,
): Promise<BuildMeasure> {
  const key = `${site}-${String(records.length)}`;
  say(
    `building ${SITE_LABELS[site]} with ${records.length.toLocaleString('en')} records (${relative(ROOT, dir)})`,
  );
  cleanBuildState(dir);
  const quiet = await quietMachine();
  const run = await runAstroBuild(dir, join(OUT, 'logs', `${key}.log`));
  const measure: BuildMeasure = { key, site, records: records.length, run, quietCoresBefore: quiet.cores };
  if (!run.ok) {
    measure.error = run.errorTail ?? 'build failed';
    say(
      `  FAILED after ${(run.wallMs / 1000).toFixed(1)} s; log: ${relative(ROOT, run.logFile)}\n${run.errorTail ?? ''}`,
    );
    return measure;
  }
  const dist = join(dir, 'dist');
  measure.dist = distStats(dist);
  measure.listPages = listPages(dist);
  measure.changeHtml = changePageHtml(
    dist,
    records.map((record) => record.revision),
  );
  say(
    `  ${(run.wallMs / 1000).toFixed(1)} s, ${String(run.pages ?? measure.dist.htmlFiles)} pages, peak RSS ${(run.peakRssBytes / 2 ** 30).toFixed(2)} GiB, dist ${(measure.dist.bytes / 2 ** 20).toFixed(1)} MiB`,
  );
  if (browser) {
    const server = await startStaticServer(dist);
    try {
      const middle = records[Math.floor(records.length / 2)] ?? records[0];
      const path = `/changes/base/r${String(middle?.revision ?? FIRST_SYNTHETIC_REVISION)}/`;
      measure.changePage = await measurePageLoad(browser, server, path);
      if (measure.dist.pagefind) measure.search = await measureSearch(browser, server, path, SEARCH_QUERIES);
      if (measure.search) {
        say(
          `  search (${measure.search.method}): first ${(measure.search.firstSearch.wireBytes / 1000).toFixed(1)} kB, second ${(measure.search.second.wireBytes / 1000).toFixed(1)} kB, ${String(measure.search.results[0])} results`,
        );
      }
    } catch (error) {
      measure.error = `measuring the served build failed: ${(error as Error).message}`;
      say(`  ${measure.error}`);
    } finally {
      await server.close();
    }
  }
  return measure;
}

async function realSite(
  data: SiteData,
  deps: BenchDeps | undefined,
  browser: Browser,
  results: BenchResults,
): Promise<void> {
  const dir = join(WORK, 'real-site');
  prepareOurSite({ root: ROOT, dir, records: [] });
  const port = await freePort();
  const origin = `http://127.0.0.1:${String(port)}`;
  say(
    `building the real site (no synthetic records) with SITE_URL=${origin}, for page weight and Lighthouse`,
  );
  cleanBuildState(dir);
  await quietMachine();
  const run = await runAstroBuild(dir, join(OUT, 'logs', 'real-site.log'), { SITE_URL: origin });
  if (!run.ok) {
    results.weight = { pages: [], error: `the real site did not build: ${run.errorTail ?? ''}` };
    say(`  FAILED; log: ${relative(ROOT, run.logFile)}`);
    return;
  }
  const dist = join(dir, 'dist');
  const server = await startStaticServer(dist, port);
  try {
    const pages = pagesToWeigh(dist, data.topics);
    if (flags.weight) {
      say('weighing pages (home, topic, change, changes list, search)');
      results.weight = await measureWeight(browser, server, pages);
    }
    if (flags.lighthouse && deps) {
      const targets = pages.filter((page) => ['home', 'topic', 'change'].includes(page.label));
      const lighthouseResults: LighthouseResult[] = [];
      for (const preset of ['mobile', 'desktop'] as Preset[]) {
        for (const page of targets) {
          await quietMachine();
          say(`Lighthouse ${preset} ${page.path} × ${String(lighthouseRuns)}`);
          const scratch = join(OUT, 'lighthouse', page.label.replace(/\W+/g, '-'));
          lighthouseResults.push(
            await lighthouse(deps.lighthouseCli, origin, page.path, preset, lighthouseRuns, scratch),
          );
        }
      }
      results.lighthouse = lighthouseResults;
    }
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(join(OUT, 'logs'), { recursive: true });
  mkdirSync(join(OUT, 'lighthouse'), { recursive: true });
  rmSync(WORK, { recursive: true, force: true });
  const data = readSiteData(ROOT);
  const astroVersion = version(join(ROOT, 'node_modules/astro'));
  const needDeps = flags.starlight || flags.lighthouse;
  const deps = needDeps ? ensureBenchDeps(join(OUT, 'deps'), astroVersion, say) : undefined;
  const maxSize = Math.max(...sizes, flags.transform ? 1000 : 0);
  const all = generateRecords({ seed, topics: data.topics, sources: [...data.sources.keys()] }, maxSize);
  const notes = [
    'Synthetic records are added to the real ones (base r400000 upwards); each refers only to earlier ones, so every smaller set is a prefix of the larger.',
    'Peak RSS: summed resident memory of the build process and all its children (Pagefind included), sampled every 100 ms. Every build runs with NODE_OPTIONS=--max-old-space-size=16384 from a clean cache (dist/, .astro/, node_modules/.astro and .vite removed).',
    'Starlight pages carry the same facts, prose and sources as Markdown; the revision and manual-page references are already written as links (what our transform produces). Its topic pages are stubs with title and description.',
    `Other people's builds and tests share this machine: before each timed build and Lighthouse page the bench waits (up to ${String(quietWaitMs / 1000)} s) until under 0.35 cores are busy, and “Other CPU” says how much CPU the rest of the machine used during each build (the bench's own /proc sampling included).`,
    'kB = 1,000 bytes; gzip at level 6. Search bytes are bytes on the wire (Pagefind files are gzip already; JS is served gzipped).',
  ];
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      quick,
      seed,
      sizes,
      commit: commit(),
      machine: machine(),
      versions: {
        node: process.version,
        astro: astroVersion,
        pagefind: version(join(ROOT, 'node_modules/pagefind')),
        ...(deps ? { starlight: deps.starlightVersion, lighthouse: deps.lighthouseVersion } : {}),
        chromium: chromiumVersion(),
      },
      durationS: 0,
      notes,
    },
    records: recordStats(all.slice(0, Math.max(...sizes))),
    builds: [],
    budgets: [],
  };
  const browser = await launchBrowser();
  try {
    if (flags.weight || flags.lighthouse) await realSite(data, deps, browser, results);
    for (const size of sizes) {
      const records = all.slice(0, size);
      const ours = join(WORK, `ours-${String(size)}`);
      prepareOurSite({ root: ROOT, dir: ours, records });
      results.builds.push(await buildAndMeasure('ours', records, ours, browser));
      if (!deps || !flags.starlight) continue;
      const variants: { site: SiteKind; sidebar: 'topics' | 'autogenerated'; format: 'md' | 'mdx' }[] = [];
      if (size === 1000 || size === 10_000)
        variants.push({ site: 'starlight-topics', sidebar: 'topics', format: 'md' });
      if (size === 1000) variants.push({ site: 'starlight-plain', sidebar: 'autogenerated', format: 'md' });
      if ((size === 1000 || size === 10_000) && flags['starlight-mdx']) {
        variants.push({ site: 'starlight-topics-mdx', sidebar: 'topics', format: 'mdx' });
      }
      for (const { site, sidebar, format } of variants) {
        const dir = join(WORK, `${site}-${String(size)}`);
        prepareStarlightSite({
          dir,
          nodeModules: deps.nodeModules,
          records,
          data,
          sidebar,
          format,
          dependencies: { astro: deps.astroVersion, '@astrojs/starlight': deps.starlightVersion },
        });
        results.builds.push(await buildAndMeasure(site, records, dir, browser));
      }
    }
  } finally {
    await browser.close();
  }
  if (flags.transform) {
    results.transform = await transformCost({
      root: ROOT,
      work: WORK,
      logs: join(OUT, 'logs'),
      records: all.slice(0, 1000),
      runs: transformRuns,
      say,
      beforeBuild: quietMachine,
    });
  }
  results.budgets = checkBudgets(results);
  results.meta.durationS = (performance.now() - started) / 1000;
  const markdown = markdownReport(results);
  writeFileSync(join(OUT, 'report.md'), markdown);
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdown}`);
  say(`reports: ${relative(ROOT, join(OUT, 'report.md'))} and report.json`);
  const failed = results.budgets.filter((budget) => budget.status === 'fail').length;
  if (failed > 0) {
    say(
      `${String(failed)} budget(s) failed:\n${budgetTable({ ...results, budgets: results.budgets.filter((b) => b.status === 'fail') })}`,
    );
    if (flags.check) process.exitCode = 1;
  }
}

await main();
