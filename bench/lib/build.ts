import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** /proc counts CPU time in ticks of 10 ms (USER_HZ 100). */
const TICK_MS = 10;
const statFields = (stat: string): number[] =>
  stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);

/** Busy and total CPU time of the whole machine so far, in ms. */
function machineCpu(): { busy: number; total: number } {
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = (
    /^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? ''
  )
    .split(' ')
    .map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * TICK_MS, total: (busy + idle + iowait) * TICK_MS };
}

/**
 * Other people's builds share this machine: waits (at most `maxMs`) until
 * under 0.35 cores are busy over 2 s, and returns the load it last saw.
 */
export async function waitForQuiet(maxMs: number, say: (line: string) => void): Promise<number> {
  const start = Date.now();
  for (let told = false; ; told = true) {
    const before = machineCpu();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = machineCpu();
    const cores = ((after.busy - before.busy) / (after.total - before.total || 1)) * cpus().length;
    if (cores <= 0.35 || Date.now() - start >= maxMs) return cores;
    if (!told)
      say(
        `  waiting up to ${String(maxMs / 1000)} s for the machine to quieten (${cores.toFixed(2)} cores busy)`,
      );
  }
}

/** CPU time of the children this process has waited for, and theirs (cutime + cstime), in ms. */
const reapedCpu = (): number => {
  const fields = statFields(readFileSync('/proc/self/stat', 'utf8'));
  return ((fields[13] ?? 0) + (fields[14] ?? 0)) * TICK_MS;
};

/**
 * Samples a process and all its descendants every 100 ms: the peak of their
 * summed resident memory (shared pages count once per process, so it errs
 * high), and the CPU time each used, by command name (node, pagefind, git…).
 */
function sampleTree(root: number) {
  let peak = 0;
  const cpu = new Map<number, { comm: string; ticks: number }>();
  const sample = (): void => {
    const all = new Map<number, { comm: string; fields: number[] }>();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        all.set(Number(pid), {
          comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
          fields: statFields(stat),
        });
      } catch {
        // Gone since the listing.
      }
    }
    const tree = new Set([root]);
    for (let size = 0; size !== tree.size;) {
      size = tree.size;
      for (const [pid, { fields }] of all) if (tree.has(fields[1] ?? 0)) tree.add(pid);
    }
    let total = 0;
    for (const pid of tree) {
      const { comm, fields = [] } = all.get(pid) ?? {};
      if (!comm) continue;
      // Fields after the name, from 0: ppid 1, utime 11, stime 12, rss (pages) 21.
      total += (fields[21] ?? 0) * 4096;
      cpu.set(pid, {
        comm,
        ticks: Math.max(cpu.get(pid)?.ticks ?? 0, (fields[11] ?? 0) + (fields[12] ?? 0)),
      });
    }
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    const byProcess: Record<string, number> = {};
    for (const { comm, ticks } of cpu.values()) byProcess[comm] = (byProcess[comm] ?? 0) + ticks * TICK_MS;
    return { peak, byProcess };
  };
}

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Peak of the summed RSS of the process tree. */
  peakRssBytes: number;
  /** CPU time of the process tree, by command name, as last sampled. */
  cpuByProcess: Record<string, number>;
  cpuMs: number;
  /** CPU time the rest of the machine used meanwhile. */
  otherCpuMs: number;
  /** Pages Astro says it built. */
  pages?: number;
  /** ms per phase, from when Astro's log lines arrived. */
  phases: Record<string, number>;
  /** Astro's own render times of change pages ("+N ms" per route), summed. */
  changeRenderMs?: { ms: number; pages: number };
  log: string;
  errorTail?: string;
}

interface Line {
  t: number;
  text: string;
}

/** Phases between the lines Astro logs; each post-build hook by the tag of the line it logs when done. */
export function phasesFromLog(lines: readonly Line[], wallMs: number): Record<string, number> {
  const at = (needle: string, after = 0): number | undefined =>
    lines.find((line) => line.t >= after && line.text.includes(needle))?.t;
  const sync = at('Syncing content');
  const synced = at('Synced content');
  const entry = at('Building static entrypoints');
  const routes = at('generating static routes');
  const rendered = routes === undefined ? undefined : at('Completed in', routes);
  const built = at('page(s) built in') ?? wallMs;
  const phases: Record<string, number> = {};
  const span = (name: string, from: number | undefined, to: number | undefined): void => {
    if (from !== undefined && to !== undefined && to >= from) phases[name] = (phases[name] ?? 0) + to - from;
  };
  span('start-up and config', 0, sync);
  span('content sync', sync, synced);
  span('types, build info', synced, entry);
  span('bundle (Vite)', entry, routes);
  span('render pages', routes, rendered);
  let previous = rendered;
  for (const line of lines) {
    if (previous === undefined || line.t <= previous || line.t > built) continue;
    const tag = /\[([^\]]+)\]/.exec(line.text)?.[1];
    if (!tag || tag === 'build' || tag === 'WARN') continue;
    span(`hook: ${tag.replace(/^@astrojs\//, '')}`, previous, line.t);
    previous = line.t;
  }
  span('other hooks', previous, built);
  span('exit', built, wallMs);
  // Our after-build step logs how long each of its steps took; they overlap.
  for (const [name, pattern] of [
    ['pagefind (in after-build)', /\[after-build\] search: .*\((\d+(?:\.\d+)?) s\)/],
    ['site checks (in after-build)', /\[after-build\] checked .*\((\d+(?:\.\d+)?) s\)/],
    ['finishing (in after-build)', /\[after-build\] code colours .*\((\d+(?:\.\d+)?) s\)/],
  ] as const) {
    const seconds = lines.map((line) => pattern.exec(line.text)?.[1]).find((match) => match !== undefined);
    if (seconds !== undefined) phases[name] = Number(seconds) * 1000;
  }
  return phases;
}

/**
 * Runs each command ([label, command, ...arguments]) in `dir` in turn (an
 * `astro build`, then for the floor Pagefind's CLI) and measures them as one
 * build. Output goes to `log`.
 */
export async function runBuild(
  dir: string,
  commands: readonly (readonly string[])[],
  log: string,
  env: object = {},
): Promise<BuildRun> {
  const out = createWriteStream(log);
  const [machineBefore, reapedBefore, start] = [machineCpu(), reapedCpu(), performance.now()];
  const lines: Line[] = [];
  const run: BuildRun = {
    ok: true,
    wallMs: 0,
    peakRssBytes: 0,
    cpuByProcess: {},
    cpuMs: 0,
    otherCpuMs: 0,
    phases: {},
    log,
  };
  const changes = { ms: 0, pages: 0 };
  const add = (to: Record<string, number>, from: Record<string, number>): void => {
    for (const [name, ms] of Object.entries(from)) to[name] = (to[name] ?? 0) + ms;
  };
  for (const [label = '', command = '', ...args] of commands) {
    const commandStart = performance.now();
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = sampleTree(child.pid ?? 0);
    const own: Line[] = [];
    const read = (stream: NodeJS.ReadableStream): Promise<void> =>
      new Promise((done) => {
        createInterface({ input: stream })
          .on('line', (text) => {
            const t = performance.now() - commandStart;
            out.write(`${(t / 1000).toFixed(3).padStart(8)} ${label}  ${text}\n`);
            // Thousands of per-route lines: only the change pages' render times are kept, summed.
            const route = /[├└]─ \/changes\/(base|ports|doc|src)\/.* \(\+(\d+)ms\)/.exec(text);
            if (route) [changes.ms, changes.pages] = [changes.ms + Number(route[2]), changes.pages + 1];
            else if (!/[├└]─ /.test(text)) own.push({ t, text });
          })
          .on('close', done);
      });
    const [code] = await Promise.all([
      new Promise<number | null>((done) => child.on('close', done)),
      read(child.stdout),
      read(child.stderr),
    ]);
    const wall = performance.now() - commandStart;
    const tree = stop();
    run.peakRssBytes = Math.max(run.peakRssBytes, tree.peak);
    add(run.cpuByProcess, tree.byProcess);
    add(
      run.phases,
      own.some((line) => line.text.includes('static routes')) ? phasesFromLog(own, wall) : { [label]: wall },
    );
    lines.push(...own);
    run.ok = code === 0;
    if (!run.ok) break;
  }
  await new Promise<void>((done) => out.end(done));
  run.wallMs = performance.now() - start;
  // Sampling misses the CPU of processes that exit between samples; the kernel's count of reaped children does not.
  run.cpuMs = Math.max(
    reapedCpu() - reapedBefore,
    Object.values(run.cpuByProcess).reduce((sum, ms) => sum + ms, 0),
  );
  run.otherCpuMs = Math.max(0, machineCpu().busy - machineBefore.busy - run.cpuMs);
  const pages = /(\d+) page\(s\) built/.exec(lines.map((line) => line.text).join('\n'))?.[1];
  if (pages) run.pages = Number(pages);
  if (changes.pages > 0) run.changeRenderMs = changes;
  if (!run.ok)
    run.errorTail = lines
      .slice(-25)
      .map((line) => line.text)
      .join('\n');
  return run;
}

/** Removes what one build leaves for the next: output and every cache. */
export function cleanBuildState(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}
