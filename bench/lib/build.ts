import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sampleTreeRss } from './proc-tree.ts';
import { machineCpu } from './quiet.ts';

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Summed RSS of the whole process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** The largest single process seen. */
  peakProcessRssBytes: number;
  /**
   * User + system CPU time of the whole process tree: the larger of GNU time's
   * count (every reaped descendant) and the sum sampled from /proc (which also
   * sees children left unreaped at exit, such as Pagefind's binary).
   */
  cpuMs?: number;
  /** GNU time's figure alone. */
  gnuTimeCpuMs?: number;
  /** CPU time the rest of the machine used meanwhile (other processes, and the bench's own sampling). */
  otherCpuMs?: number;
  /** Pages Astro says it built. */
  pages: number | undefined;
  /** Milliseconds per phase, from when each log line arrived. */
  phases: Record<string, number>;
  /** Astro's per-route render times (its "+N ms"), summed per kind of page. */
  routes: Record<string, { ms: number; pages: number }>;
  /** Durations Astro prints itself, in ms, in order. */
  astroReported: { label: string; ms: number }[];
  logFile: string;
  /** Last lines of output when the build failed. */
  errorTail?: string;
}

interface Line {
  t: number;
  text: string;
}

const GNU_TIME = '/usr/bin/time';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function durationMs(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s*(ms|s|m)\b/.exec(text);
  if (!match?.[1]) return undefined;
  const value = Number(match[1]);
  return match[2] === 'ms' ? value : match[2] === 'm' ? value * 60_000 : value * 1000;
}

/**
 * Phases from the moments Astro logs its markers. Lines are timestamped as
 * they arrive (stdout is a pipe, which Node writes synchronously on Linux).
 */
export function phasesFromLog(lines: readonly Line[], wallMs: number): Record<string, number> {
  const at = (needle: string, after = -1): number | undefined =>
    lines.find((line) => line.t >= after && line.text.includes(needle))?.t;
  const contentStart = at('Syncing content');
  const contentEnd = at('Synced content');
  const types = at('[types] Generated');
  const entry = at('Building static entrypoints');
  const routes = at('generating static routes');
  const routesDone = routes === undefined ? undefined : at('Completed in', routes);
  const complete = at('[build] Complete!') ?? wallMs;
  // Pagefind runs in a build hook: ours logs when done (so this phase includes any hooks between
  // the sitemap's and Pagefind's); Starlight's logs its start too.
  const after = routesDone ?? Infinity;
  const pagefindLines = lines.filter(
    (line) => line.t >= after && /\[(starlight:)?pagefind\]/.test(line.text),
  );
  const pagefindEnd = pagefindLines[pagefindLines.length - 1]?.t;
  // Astro's "Waiting for integration …" notes come while a hook already runs: not a start.
  const pagefindStart =
    pagefindLines.find((line) => line.text.includes('Building search index'))?.t ??
    lines
      .filter(
        (line) =>
          line.t >= after &&
          pagefindEnd !== undefined &&
          line.t < pagefindEnd &&
          !line.text.includes('Waiting for integration'),
      )
      .pop()?.t;
  const phases: Record<string, number> = {};
  const span = (name: string, from: number | undefined, to: number | undefined): void => {
    if (from !== undefined && to !== undefined && to >= from) phases[name] = to - from;
  };
  span('startup + config', 0, contentStart);
  span('content sync', contentStart, contentEnd);
  span('types', contentEnd, types);
  span('build info', types, entry);
  span('bundle (Vite)', entry, routes);
  span('render pages', routes, routesDone);
  span('Pagefind', pagefindStart, pagefindEnd);
  if (routesDone !== undefined && complete >= routesDone) {
    phases['other hooks (sitemap, …)'] = complete - routesDone - (phases['Pagefind'] ?? 0);
  }
  span('exit', complete, wallMs);
  return phases;
}

function routeKind(path: string): string {
  if (/^\/changes\/[a-z]+\/r\d+\//.test(path)) return 'change pages';
  if (path.startsWith('/topics/')) return 'topic pages';
  if (path === '/changes/index.html') return 'changes list';
  return 'other pages';
}

/** Runs `astro build` in `dir` with the project's own Astro, measuring wall time and peak memory. */
export async function runAstroBuild(
  dir: string,
  logFile: string,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildRun> {
  const log = createWriteStream(logFile);
  const command = [process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // GNU time adds the CPU time of every process in the tree; it costs nothing measurable.
  const timeFile = `${logFile}.time`;
  const gnuTime = existsSync(GNU_TIME);
  if (gnuTime) command.unshift(GNU_TIME, '-f', '%U %S', '-o', timeFile);
  const machineBefore = machineCpu();
  const start = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: dir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Room for the largest builds, so a big Starlight build measures memory instead of crashing.
      NODE_OPTIONS: '--max-old-space-size=16384',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start astro build in ${dir}`);
  const sampler = sampleTreeRss(child.pid);
  const lines: Line[] = [];
  const routes: BuildRun['routes'] = {};
  const collect = (stream: NodeJS.ReadableStream): Promise<void> =>
    new Promise((resolve) => {
      const reader = createInterface({ input: stream });
      reader.on('line', (raw) => {
        const t = performance.now() - start;
        const text = raw.replace(ANSI, '');
        // Thousands of per-page route lines: only their sums are kept.
        const route = /^(?:\d\d:\d\d:\d\d)?\s+[├└]─ (\S+) \(\+(\d+)ms\)/.exec(text);
        if (route?.[1] && route[2]) {
          const entry = (routes[routeKind(route[1])] ??= { ms: 0, pages: 0 });
          entry.ms += Number(route[2]);
          entry.pages += 1;
        } else if (!/^(?:\d\d:\d\d:\d\d)?\s+[├└]─ /.test(text)) lines.push({ t, text });
        log.write(`${(t / 1000).toFixed(3).padStart(9)}  ${text}\n`);
      });
      reader.on('close', () => resolve());
    });
  const output = Promise.all([collect(child.stdout), collect(child.stderr)]);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('close', (code) => resolve(code));
  });
  await output;
  const machineBusyMs = machineCpu().busyMs - machineBefore.busyMs;
  const wallMs = performance.now() - start;
  const rss = sampler.stop();
  await new Promise<void>((resolve) => log.end(resolve));
  const builtLine = lines.find((line) => /\d+ page\(s\) built in/.test(line.text));
  const pages = builtLine ? Number(/(\d+) page\(s\) built/.exec(builtLine.text)?.[1]) : undefined;
  const astroReported = lines
    .filter((line) => /Completed in|built in|\[types\] Generated/.test(line.text))
    .map((line) => ({
      label: line.text.replace(/^\d\d:\d\d:\d\d\s+/, '').trim(),
      ms: durationMs(line.text) ?? 0,
    }));
  const run: BuildRun = {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakRssBytes: rss.peakTreeBytes,
    peakProcessRssBytes: rss.peakProcessBytes,
    pages,
    phases: phasesFromLog(lines, wallMs),
    routes,
    astroReported,
    logFile,
  };
  if (gnuTime && existsSync(timeFile)) {
    const [user, system] =
      readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) {
      run.gnuTimeCpuMs = (user + system) * 1000;
    }
    rmSync(timeFile, { force: true });
  }
  run.cpuMs = Math.max(rss.cpuMs, run.gnuTimeCpuMs ?? 0);
  run.otherCpuMs = Math.max(0, machineBusyMs - run.cpuMs);
  if (!run.ok) {
    run.errorTail = lines
      .slice(-25)
      .map((line) => line.text)
      .join('\n');
  }
  return run;
}
