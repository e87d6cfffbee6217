import type { BuildRun } from './build.ts';
import type { SearchRun } from './browser.ts';
import type { DevLoop } from './dev.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { DistStats } from './measure.ts';
import type { ProfileSummary } from './profile.ts';
import type { SiteKind } from './sites.ts';

export interface BuildResult {
  site: SiteKind;
  records: number;
  run: BuildRun;
  dist?: DistStats;
  search?: SearchRun;
  /** Pagefind's CLI over this build's dist/, for ours: against the Node API's time in the build. */
  pagefindCli?: { wallMs: number; cpuMs: number };
  error?: string;
}

export interface Results {
  meta: {
    date: string;
    command: string;
    commit: string;
    machine: string;
    versions: Record<string, string>;
    seed: number;
    sizes: number[];
    durationS: number;
  };
  builds: BuildResult[];
  profile?: { records: number; run: BuildRun; summary: ProfileSummary };
  lighthouse?: LighthouseResult[];
  dev?: DevLoop;
  /** The floor's `astro dev` cold start, with 100 records. */
  devFloor?: DevLoop;
  budgets: { budget: string; measured: string; status: 'pass' | 'fail' | 'not measured' }[];
}

export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
const MiB = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const GiB = (bytes: number): string => (bytes / 2 ** 30).toFixed(2);
const s = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '—');
const n = (value: number): string => value.toLocaleString('en');

/** A Markdown table; `header` is its cells joined with " | "; the first `left` columns align left. */
function table(header: string, rows: readonly (readonly string[])[], left = 1): string {
  const cells = header.split(' | ');
  const rule = cells.map((_, index) => (index < left ? ':--' : '--:'));
  return [cells, rule, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** Pagefind's own time in our build (its log line) and its binary's CPU. */
const pagefindInBuild = ({ run }: BuildResult): { wallMs: number; cpuMs: number } | undefined => {
  const wallMs = run.phases['pagefind (in after-build)'];
  return wallMs === undefined ? undefined : { wallMs, cpuMs: run.cpuByProcess['pagefind_extend'] ?? NaN };
};

export function find(results: Results, site: SiteKind, records: number): BuildResult | undefined {
  return results.builds.find((build) => build.site === site && build.records === records && build.run.ok);
}

/** The budgets of the issue this run can judge, each pass, fail or not measured. */
export function judge(results: Results): Results['budgets'] {
  const out: Results['budgets'] = [];
  /** `value` ≤ `limit` passes; undefined is not measured. */
  const le = (
    budget: string,
    value: number | undefined,
    limit: number,
    show: (v: number) => string,
  ): void => {
    const ok = value !== undefined && Number.isFinite(value);
    const status = !ok ? 'not measured' : value <= limit ? 'pass' : 'fail';
    out.push({ budget, measured: ok ? show(value) : '—', status });
  };
  const [ours, floor, starlight] = (['ours', 'floor', 'starlight'] as const).map((site) =>
    find(results, site, 10_000),
  );
  type Timed = { wallMs: number; cpuMs?: number } | undefined;
  const ratio = (a: Timed, b: Timed): number | undefined => a && b && a.wallMs / b.wallMs;
  const cpu = (a: Timed, b: Timed): number => (a?.cpuMs ?? NaN) / (b?.cpuMs ?? NaN);
  const versus = (a: Timed, b: Timed) => (r: number) =>
    `${s(a?.wallMs ?? NaN)} s / ${s(b?.wallMs ?? NaN)} s = ${r.toFixed(2)}×${Number.isFinite(cpu(a, b)) ? ` (CPU ${cpu(a, b).toFixed(2)}×)` : ''}`;
  const budget = (name: string, a: Timed, b: Timed, limit: number): void =>
    le(name, ratio(a, b), limit, versus(a, b));
  budget('10,000 records: build ≤ 1.3× the floor', ours?.run, floor?.run, 1.3);
  budget('10,000 records: build ≤ 0.5× Starlight (same .md records)', ours?.run, starlight?.run, 0.5);
  const api = ours && pagefindInBuild(ours);
  budget('10,000 records: search indexing ≤ 1.1× Pagefind’s CLI', api, ours?.pagefindCli, 1.1);
  le('10,000 records: peak RSS ≤ 4 GiB', ours?.run.peakRssBytes, 4 * 2 ** 30, (v) => `${GiB(v)} GiB`);
  const largest = find(results, 'ours', 20_000);
  le('20,000 records: dist/ ≤ 1 GB', largest?.dist?.bytes, 1e9, (v) => `${MiB(v)} MiB`);
  const html = results.builds.flatMap((b) => (b.site === 'ours' && b.dist ? [b.dist.changeHtml.raw] : []));
  const sizes = results.builds.filter((b) => b.site === 'ours' && b.dist).map((b) => n(b.records));
  le('HTML per change page ≤ 16 kB raw (median), at every size', Math.max(...html), 16_000, () =>
    html.map((v, i) => `${kB(v)} kB at ${sizes[i] ?? '?'}`).join(', '),
  );
  le('10,000 records: first search ≤ 150 kB', ours?.search?.first.bytes, 150_000, (v) => `${kB(v)} kB`);
  const mobile = (results.lighthouse ?? []).filter((result) => result.runs > 0);
  const each = (show: (r: LighthouseResult) => string) => () =>
    mobile.map((r) => `${r.path} ${show(r)}`).join(', ');
  const worst = (values: number[]): number => (values.length > 0 ? Math.max(...values) : NaN);
  const fcp = (r: LighthouseResult): string => `${(r.fcpMs / 1000).toFixed(2)} s`;
  le('Lighthouse mobile FCP ≤ 0.8 s', worst(mobile.map((r) => r.fcpMs)), 800, each(fcp));
  const below = worst(mobile.map((r) => 100 - Math.min(...Object.values(r.scores))));
  le(
    'Lighthouse mobile 100 in all four categories',
    below,
    0,
    each((r) => Object.values(r.scores).join('/')),
  );
  const [dev, devFloor] = [results.dev, results.devFloor].map((d) => d && { wallMs: d.firstPageMs });
  budget('dev: cold start to first page ≤ 1.2× the floor’s', dev, devFloor, 1.2);
  for (const save of results.dev?.saves ?? []) {
    // A save that never reaches the page fails the budget whatever the median of the others.
    const missed = save.updatedMs.filter((v) => !Number.isFinite(v)).length;
    const note = missed ? `; ${String(missed)} of ${String(save.updatedMs.length)} saves never showed` : '';
    const budget = `dev: save a ${save.what} to updated page ≤ 1 s`;
    le(budget, save.medianUpdatedMs, missed ? -1 : 1000, (v) => `${ms([v])} s (median)${note}`);
  }
  return out;
}

const SEARCH_PARTS: [string, RegExp][] = [
  ['metadata', /\.pf_meta$/],
  ['WebAssembly', /wasm\./],
  ['Pagefind JS', /\/pagefind\/.*\.js$/],
  ['index', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
  ['filters', /\.pf_filter$/],
  ['site UI (JS, CSS)', /\.(js|css)$/],
  ['other', /./],
];

/** kB (requests) per part of a first search; a request counts in the first part it matches. */
function searchParts(search: SearchRun): string[] {
  const sums = SEARCH_PARTS.map(() => [0, 0]);
  for (const request of search.first.requests) {
    const index = SEARCH_PARTS.findIndex(([, pattern]) => pattern.test(request.path.split('?')[0] ?? ''));
    const sum = sums[index] ?? [0, 0];
    [sum[0], sum[1]] = [(sum[0] ?? 0) + request.bytes, (sum[1] ?? 0) + 1];
  }
  return sums.map(([bytes = 0, count = 0]) => `${kB(bytes)} (${String(count)})`);
}

function phaseRows(results: Results): string {
  const builds = results.builds.filter((build) => build.run.ok);
  const names = [...new Set(builds.flatMap((build) => Object.keys(build.run.phases)))].filter((name) =>
    builds.some((build) => (build.run.phases[name] ?? 0) >= 100),
  );
  return table(
    `Site | Records | ${names.join(' | ')} | Render per change page (ms)`,
    builds.map(({ site, records, run }) => [
      site,
      n(records),
      ...names.map((name) => s(run.phases[name] ?? NaN)),
      run.changeRenderMs ? (run.changeRenderMs.ms / run.changeRenderMs.pages).toFixed(2) : '—',
    ]),
    2,
  );
}

function buildRow(results: Results, { site, records, run, dist, search, error }: BuildResult): string[] {
  if (!run.ok || !dist) return [site, n(records), `failed: ${error ?? run.log}`];
  const vs = (other: SiteKind): string => {
    const them = find(results, other, records);
    if (!them || other === site) return '—';
    return `${(run.wallMs / them.run.wallMs).toFixed(2)}× / ${(run.cpuMs / them.run.cpuMs).toFixed(2)}×`;
  };
  const { changeHtml, largest } = dist;
  return [
    site,
    n(records),
    n(run.pages ?? dist.htmlFiles),
    `${s(run.wallMs)} / ${s(run.cpuMs)} / ${s(run.otherCpuMs)}`,
    vs('floor'),
    vs('starlight'),
    GiB(run.peakRssBytes),
    MiB(dist.bytes),
    `${kB(changeHtml.raw)} / ${kB(changeHtml.gzip)}`,
    `${kB(largest.raw)} / ${kB(largest.gzip)} \`${largest.path.replace(/index\.html$/, '')}\``,
    kB(dist.pagefindMetaBytes),
    search
      ? `${kB(search.first.bytes)} / ${kB(search.second.bytes)}${search.method === 'api' ? ' (API)' : ''}`
      : '—',
  ];
}

const ms = (values: readonly number[]): string => values.map((v) => (v / 1000).toFixed(2)).join(', ');

/** The whole report as Markdown. */
export function markdown(results: Results): string {
  const { meta, profile, dev } = results;
  const versions = Object.entries(meta.versions).map(([name, version]) => `${name} ${version}`);
  const out: string[] = [
    '# Benchmark report',
    '',
    `${meta.date} · \`${meta.command}\` · ${meta.commit} · ${meta.machine} · ${versions.join(', ')} · seed ${String(meta.seed)} · ${s(meta.durationS * 1000)} s in all`,
    '',
    '## Budgets',
    '',
    table(
      'Budget | Measured | Result',
      results.budgets.map((b) => [b.budget, b.measured, b.status === 'fail' ? '**fail**' : b.status]),
      3,
    ),
    '',
    '## Ours, the floor and Starlight',
    '',
    'Build: wall / CPU of the build’s processes / CPU the rest of the machine used meanwhile. “vs”: ratio of wall / of CPU.',
    '',
    table(
      'Site | Records | Pages | Build (s) | vs floor | vs Starlight | Peak RSS (GiB) | dist/ (MiB) | HTML/change page, median (kB raw / gzip) | Largest page (kB raw / gzip) | Pagefind metadata (kB) | Search 1st / 2nd (kB)',
      results.builds.map((build) => buildRow(results, build)),
      2,
    ),
    '',
    '## Where the build time goes',
    '',
    'Phases between the lines Astro logs (a hook is timed up to the line it logs when done; the floor’s Pagefind is its CLI, run after the build). Our after-build hook runs Pagefind from its start and, beside it, finishes the pages and then checks them: the columns marked “in after-build” are their own times, which overlap within it:',
    '',
    phaseRows(results),
    '',
    table(
      'Records | Pagefind: Node API in our build, wall / CPU (s) | Pagefind CLI over the same dist/, wall / CPU (s)',
      results.builds.flatMap((b) => {
        const api = pagefindInBuild(b);
        return b.pagefindCli && api
          ? [
              [
                n(b.records),
                `${s(api.wallMs)} / ${s(api.cpuMs)}`,
                `${s(b.pagefindCli.wallMs)} / ${s(b.pagefindCli.cpuMs)}`,
              ],
            ]
          : [];
      }),
    ),
    '',
  ];
  if (profile) {
    const { summary, run } = profile;
    const rows = (items: { name: string; ms: number }[]): string[][] =>
      items.map((item) => [
        item.name.replace(/\|/g, '\\|'),
        s(item.ms),
        `${((item.ms / summary.totalMs) * 100).toFixed(1)} %`,
      ]);
    const processes = Object.entries(run.cpuByProcess).sort((a, b) => b[1] - a[1]);
    out.push(
      `### CPU profile of our build at ${n(profile.records)} records`,
      '',
      `\`node --cpu-prof\` on \`astro build\`: ${s(run.wallMs)} s wall, ${s(summary.totalMs)} s sampled in Node's threads; CPU by process: ${processes.map(([name, cpu]) => `${name} ${s(cpu)} s`).join(', ')}.`,
      '',
      table('Self time by group | s | share', rows(summary.groups)),
      '',
      table('Self time by module | s | share', rows(summary.modules.slice(0, 15))),
      '',
    );
  }
  out.push(
    '## First search, by part',
    '',
    'Bytes on the wire, kB (requests), from opening search through the first query’s results, on a change page with an empty cache.',
    '',
    table(
      `Site | Records | ${SEARCH_PARTS.map(([name]) => name).join(' | ')} | total (kB)`,
      results.builds.flatMap(({ site, records, search }) =>
        search ? [[site, n(records), ...searchParts(search), kB(search.first.bytes)]] : [],
      ),
      2,
    ),
    '',
    '## Lighthouse (mobile, the real site)',
    '',
    table(
      'Page | Runs | Perf / A11y / BP / SEO | FCP (s) | LCP (s) | TBT (ms) | CLS | Under 1',
      (results.lighthouse ?? []).map((r) => [
        `\`${r.path}\``,
        String(r.runs),
        Object.values(r.scores).join(' / '),
        ms([r.fcpMs]),
        ms([r.lcpMs]),
        r.tbtMs.toFixed(0),
        r.cls.toFixed(3),
        r.error ?? (r.failing.join(', ') || '—'),
      ]),
    ),
    '',
    '## Maintainer loop (`astro dev`, the real site)',
    '',
    dev
      ? `Cold start with clean caches: “ready” after ${s(dev.readyMs)} s, first page served after ${s(dev.firstPageMs)} s (the floor with 100 records: ${s(results.devFloor?.readyMs ?? NaN)} s and ${s(results.devFloor?.firstPageMs ?? NaN)} s).${dev.error ? ` Error: ${dev.error}` : ''}`
      : 'Not measured.',
    '',
    table(
      'Saved | Page | Save to reload message (s), each run | Save to updated page (s), each run | Median (s)',
      (dev?.saves ?? []).map((save) => [
        `${save.what} (\`${save.file}\`)`,
        `\`${save.path}\``,
        ms(save.reloadMs),
        ms(save.updatedMs),
        ms([save.medianUpdatedMs]),
      ]),
      2,
    ),
    '',
  );
  return out.join('\n');
}
