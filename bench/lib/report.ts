import { GiB, MiB, findBuild, kB } from './budgets.ts';
import type { Totals } from './browser.ts';
import { median } from './measure.ts';
import type { BenchResults, BuildMeasure, SiteKind } from './types.ts';
import { SITE_LABELS } from './types.ts';

function table(
  header: readonly string[],
  body: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
): string {
  const rule = header.map((_, index) => ((align?.[index] ?? 'r') === 'l' ? ':--' : '--:'));
  return [header, rule, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const s = (ms: number): string => (ms / 1000).toFixed(1);
const n = (value: number): string => value.toLocaleString('en');
const ratio = (a: number | undefined, b: number | undefined): string =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
const rawGz = (raw: number, gz: number): string =>
  `${kB(raw).replace(' kB', '')} / ${kB(gz).replace(' kB', '')}`;

function kind(totals: Totals, name: 'html' | 'css' | 'js'): string {
  const entry = totals.byKind[name];
  return entry ? rawGz(entry.rawBytes, entry.gzipBytes) : '0';
}

function buildRow(build: BuildMeasure): string[] {
  const { run } = build;
  if (!run.ok)
    return [
      SITE_LABELS[build.site],
      n(build.records),
      `failed (exit ${String(run.exitCode)})`,
      ...Array<string>(11).fill('—'),
    ];
  const pages = run.pages ?? build.dist?.htmlFiles ?? 0;
  const search = build.search;
  return [
    SITE_LABELS[build.site],
    n(build.records),
    n(pages),
    s(run.wallMs),
    run.cpuMs === undefined ? '—' : s(run.cpuMs),
    run.otherCpuMs === undefined ? '—' : s(run.otherCpuMs),
    (pages / (run.wallMs / 1000)).toFixed(0),
    (run.wallMs / pages).toFixed(2),
    GiB(run.peakRssBytes).replace(' GiB', ''),
    build.dist ? MiB(build.dist.bytes).replace(' MiB', '') : '—',
    build.changeHtml ? rawGz(build.changeHtml.medianBytes, build.changeHtml.medianGzipBytes) : '—',
    build.changePage
      ? `${kB(build.changePage.load.gzipBytes).replace(' kB', '')} / ${String(build.changePage.load.requests)}`
      : '—',
    build.dist?.pagefind
      ? `${MiB(build.dist.pagefind.bytes).replace(' MiB', '')} / ${n(build.dist.pagefind.files)}`
      : 'none',
    search
      ? `${kB(search.firstSearch.wireBytes).replace(' kB', '')} / ${kB(search.second.wireBytes).replace(' kB', '')}`
      : '—',
  ];
}

export function buildTable(results: BenchResults): string {
  return table(
    [
      'Site',
      'Records',
      'Pages',
      'Build (s)',
      'CPU (s)',
      'Other CPU (s)',
      'Pages/s',
      'ms/page',
      'Peak RSS (GiB)',
      'dist/ (MiB)',
      'HTML/change page, median (kB raw / gzip)',
      'Change page first visit (kB gzip / requests)',
      'Pagefind index (MiB / files)',
      'Search bytes, 1st / 2nd query (kB)',
    ],
    results.builds.map(buildRow),
    ['l'],
  );
}

const SEARCH_PARTS: [string, RegExp][] = [
  ['search UI (site JS)', /^\/_astro\/.*\.js/],
  ['Pagefind JS + worker', /^\/pagefind\/.*\.js/],
  ['WebAssembly', /wasm/],
  ['metadata', /\.pf_meta|pagefind-entry\.json/],
  ['filters', /\.pf_filter/],
  ['index chunks', /\.pf_index/],
  ['fragments', /\.pf_fragment/],
];

/** Whatever else opening the search fetched: so far only the site's search styles. */
const OTHER = 'other (site CSS, …)';

function searchPart(path: string): string {
  return SEARCH_PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? OTHER;
}

/** Where the bytes of a first search go, per build. */
export function searchBreakdownTable(results: BenchResults): string {
  const builds = results.builds.filter((build) => build.search);
  if (builds.length === 0) return '_No search measured._';
  const names = [...SEARCH_PARTS.map(([name]) => name), OTHER];
  const body = builds.map((build) => {
    const sums = new Map<string, [number, number]>();
    for (const entry of build.search?.firstSearch.entries ?? []) {
      const part = searchPart(entry.path);
      const [bytes, count] = sums.get(part) ?? [0, 0];
      sums.set(part, [bytes + entry.wireBytes, count + 1]);
    }
    return [
      SITE_LABELS[build.site],
      n(build.records),
      ...names.map((name) => {
        const sum = sums.get(name);
        return sum ? `${kB(sum[0]).replace(' kB', '')} (${String(sum[1])})` : '—';
      }),
      kB(build.search?.firstSearch.wireBytes ?? 0).replace(' kB', ''),
    ];
  });
  return table(
    ['Site', 'Records', ...names.map((name) => `${name} (kB, requests)`), 'First search (kB)'],
    body,
    ['l'],
  );
}

/** The pages of our site that list records, and so grow with them. */
export function listPagesTable(results: BenchResults): string {
  const builds = results.builds.filter((build) => build.site === 'ours' && build.listPages?.length);
  if (builds.length === 0) return '';
  return table(
    ['Records', 'Page', 'HTML (kB raw / gzip)'],
    builds.flatMap((build) =>
      (build.listPages ?? []).map((page) => [
        n(build.records),
        `\`${page.path}\``,
        rawGz(page.bytes, page.gzipBytes),
      ]),
    ),
    ['l', 'l'],
  );
}

export function phaseTable(results: BenchResults): string {
  const builds = results.builds.filter((build) => build.run.ok);
  // Phases that take no measurable time in any build are left out.
  const names = [...new Set(builds.flatMap((build) => Object.keys(build.run.phases)))].filter((name) =>
    builds.some((build) => (build.run.phases[name] ?? 0) >= 50),
  );
  const perChange = (build: BuildMeasure): string => {
    const change = build.run.routes['change pages'];
    return change?.pages ? (change.ms / change.pages).toFixed(2) : '—';
  };
  return table(
    ['Site', 'Records', ...names.map((name) => `${name} (s)`), 'Render per change page (ms)'],
    builds.map((build) => [
      SITE_LABELS[build.site],
      n(build.records),
      ...names.map((name) => {
        const ms = build.run.phases[name];
        return ms === undefined ? '—' : s(ms);
      }),
      perChange(build),
    ]),
    ['l'],
  );
}

export function comparisonTable(results: BenchResults): string {
  const pairs: [number, Exclude<SiteKind, 'ours'>][] = [
    [1000, 'starlight-topics'],
    [10_000, 'starlight-topics'],
    [1000, 'starlight-plain'],
    [1000, 'starlight-topics-mdx'],
    [10_000, 'starlight-topics-mdx'],
  ];
  const body = pairs.flatMap(([records, site]) => {
    const ours = findBuild(results, 'ours', records);
    const theirs = findBuild(results, site, records);
    if (!ours || !theirs) return [];
    return [
      [
        `${n(records)} records, ours / ${SITE_LABELS[site]}`,
        `${s(ours.run.wallMs)} / ${s(theirs.run.wallMs)} = ${ratio(ours.run.wallMs, theirs.run.wallMs)}`,
        `${GiB(ours.run.peakRssBytes)} / ${GiB(theirs.run.peakRssBytes)} = ${ratio(ours.run.peakRssBytes, theirs.run.peakRssBytes)}`,
        `${kB(ours.changeHtml?.medianBytes ?? 0)} / ${kB(theirs.changeHtml?.medianBytes ?? 0)} = ${ratio(ours.changeHtml?.medianBytes, theirs.changeHtml?.medianBytes)}`,
        ours.changePage && theirs.changePage
          ? `${kB(ours.changePage.load.gzipBytes)} in ${String(ours.changePage.load.requests)} / ${kB(theirs.changePage.load.gzipBytes)} in ${String(theirs.changePage.load.requests)} = ${ratio(ours.changePage.load.gzipBytes, theirs.changePage.load.gzipBytes)}`
          : '—',
        ours.dist && theirs.dist ? `${ratio(ours.dist.bytes, theirs.dist.bytes)}` : '—',
      ],
    ];
  });
  return body.length === 0
    ? '_No Starlight build in this run._'
    : table(
        [
          'Same records',
          'Build time (s)',
          'Peak RSS',
          'HTML per change page (raw)',
          'Change page first visit (gzip)',
          'dist/ size',
        ],
        body,
        ['l', 'l', 'l', 'l', 'l', 'l'],
      );
}

export function weightTable(results: BenchResults): string {
  const rows = results.weight?.pages ?? [];
  if (rows.length === 0) return `_Not measured${results.weight?.error ? `: ${results.weight.error}` : ''}._`;
  return table(
    [
      'Page',
      'Path',
      'Requests',
      'HTML (kB raw / gzip)',
      'CSS (kB raw / gzip)',
      'JS (kB raw / gzip)',
      'Total (kB raw / gzip)',
      'First round trip (kB gzip)',
      'JS run before input (kB raw / gzip)',
      'Search files before opening',
    ],
    rows.map((row) => [
      row.label,
      `\`${row.path}\``,
      String(row.totals.requests),
      kind(row.totals, 'html'),
      kind(row.totals, 'css'),
      kind(row.totals, 'js'),
      rawGz(row.totals.rawBytes, row.totals.gzipBytes),
      row.firstRoundTripGzip === undefined ? '—' : kB(row.firstRoundTripGzip).replace(' kB', ''),
      row.jsExecutedBytes === undefined ? '—' : rawGz(row.jsExecutedBytes, row.jsExecutedGzip ?? 0),
      row.searchFetched === undefined
        ? '—'
        : row.searchFetched.length === 0
          ? 'none'
          : String(row.searchFetched.length),
    ]),
    ['l', 'l'],
  );
}

export function lighthouseTable(results: BenchResults): string {
  const rows = results.lighthouse ?? [];
  if (rows.length === 0) return '_Not measured._';
  return table(
    [
      'Page',
      'Preset',
      'Runs',
      'Performance',
      'Accessibility',
      'Best practices',
      'SEO',
      'FCP (s)',
      'LCP (s)',
      'TBT (ms)',
      'CLS',
    ],
    rows.map((row) => [
      `\`${row.page}\``,
      row.preset,
      String(row.runs.length),
      String(row.scores.performance),
      String(row.scores.accessibility),
      String(row.scores['best-practices']),
      String(row.scores.seo),
      (row.fcpMs / 1000).toFixed(2),
      (row.lcpMs / 1000).toFixed(2),
      row.tbtMs.toFixed(0),
      row.cls.toFixed(3),
    ]),
    ['l', 'l'],
  );
}

export function transformTable(results: BenchResults): string {
  const t = results.transform;
  if (!t) return '_Not measured._';
  if (t.error) return `_Failed: ${t.error}_`;
  const off = median(t.variants.off.wallMs);
  const label = { on: 'on', off: 'off', 'no-prepass': 'on, without the pre-build check pass' } as const;
  return table(
    [
      'Auto-linking',
      'Wall (s), each run',
      'CPU (s), each run',
      'Other CPU (s), each run',
      'Median wall (s)',
      'vs off',
    ],
    (['on', 'off', 'no-prepass'] as const)
      .filter((variant) => t.variants[variant].wallMs.length > 0)
      .map((variant) => {
        const { wallMs, cpuMs, otherCpuMs } = t.variants[variant];
        return [
          label[variant],
          wallMs.map(s).join(', '),
          cpuMs.every(Number.isFinite) ? cpuMs.map(s).join(', ') : '—',
          otherCpuMs.every(Number.isFinite) ? otherCpuMs.map(s).join(', ') : '—',
          s(median(wallMs)),
          `${(median(wallMs) / off).toFixed(3)}×`,
        ];
      }),
    ['l', 'l', 'l', 'l'],
  );
}

function transformNote(results: BenchResults): string {
  const t = results.transform;
  if (!t || t.error) return '';
  const ratios = t.variants.on.wallMs.map((wall, index) =>
    (wall / (t.variants.off.wallMs[index] ?? NaN)).toFixed(3),
  );
  const isolated = t.isolated;
  const alone = !isolated
    ? ''
    : isolated.error
      ? ` The transform alone could not be timed: ${isolated.error}.`
      : ` The transform alone (Sätteri over the same ${n(isolated.records)} records' Markdown in one process, median of ${String(isolated.rounds)}): ${isolated.withMs.toFixed(0)} ms with the plugin, ${isolated.withoutMs.toFixed(0)} ms without.`;
  return `${n(t.records)} records. On / off per round: ${ratios.join(', ')}; median ${t.ratio.toFixed(3)}× (ratio of medians ${t.ratioOfMedians.toFixed(3)}×, CPU ${t.cpuRatio.toFixed(3)}×).${alone} ${t.how}`;
}

export function budgetTable(results: BenchResults): string {
  return table(
    ['Budget', 'Measured', 'Result'],
    results.budgets.map((budget) => [
      budget.budget,
      budget.measured,
      budget.status === 'pass' ? '**pass**' : budget.status === 'fail' ? '**FAIL**' : 'not measured',
    ]),
    ['l', 'l', 'l'],
  );
}

export function machineLine(results: BenchResults): string {
  const { machine } = results.meta;
  return `${String(machine.cpus)} × ${machine.cpuModel}, ${GiB(machine.memoryBytes).replace('.00', '')} RAM, ${machine.os} (Linux ${machine.kernel})`;
}

/** The whole report, in Markdown. */
export function markdownReport(results: BenchResults): string {
  const { meta, records } = results;
  const search = results.weight?.search ?? results.builds.find((build) => build.search)?.search;
  return [
    `# FreeBSD on Xen: performance benchmark`,
    '',
    `- Command: \`${meta.command}\`${meta.quick ? ' (quick mode: fewer sizes and runs)' : ''}`,
    `- Date: ${meta.date}, took ${(meta.durationS / 60).toFixed(1)} min`,
    `- Site: ${meta.commit}`,
    `- Machine: ${machineLine(results)}`,
    `- Versions: ${Object.entries(meta.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `- Records: seed ${String(meta.seed)}; ${n(records.count)} generated, median ${String(records.wordsMedian)} words, ${records.referencesMean.toFixed(1)} revision references and ${records.topicsMean.toFixed(1)} topics each on average, ${n(records.distinctWords)} distinct words`,
    ...meta.notes.map((note) => `- ${note}`),
    '',
    '## Builds',
    '',
    buildTable(results),
    '',
    search
      ? `Search: queries “${search.queries[0]}” then “${search.queries[1]}” from a change page, bytes counted at the server (Pagefind fetches from a Web Worker); first = opening the search plus the first query. Method: ${search.method}${search.note ? ` (${search.note})` : ''}.`
      : 'Search: not measured.',
    '',
    '### Where the first search’s bytes go',
    '',
    searchBreakdownTable(results),
    '',
    '### Pages that list every record (this site)',
    '',
    listPagesTable(results),
    '',
    '### Build phases',
    '',
    phaseTable(results),
    '',
    '## This site / Starlight',
    '',
    comparisonTable(results),
    '',
    '## Page weight (real site, first visit, empty cache)',
    '',
    weightTable(results),
    '',
    '## Lighthouse (median of runs)',
    '',
    lighthouseTable(results),
    '',
    ...(results.lighthouse ?? [])
      .filter((row) => row.failing.length > 0 || row.error)
      .map(
        (row) =>
          `- \`${row.page}\` ${row.preset}: ${[...row.failing, ...(row.error ? [`error: ${row.error}`] : [])].join('; ')}`,
      ),
    '',
    '## Transform cost (revision auto-linking)',
    '',
    transformTable(results),
    '',
    transformNote(results),
    '',
    '## Budgets',
    '',
    budgetTable(results),
    '',
  ].join('\n');
}
