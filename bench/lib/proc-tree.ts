import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size in bytes of one process, from /proc/<pid>/status; 0 once it has gone. */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined;
}

/** CPU time (user + system) a process has used so far, in clock ticks of 10 ms. */
function cpuTicks(pid: number): number {
  const fields = statFields(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : 0;
}

/** Every live descendant of `root`, and root itself. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface RssSampler {
  /** Stops sampling; returns the peaks seen. */
  stop(): { peakTreeBytes: number; peakProcessBytes: number; cpuMs: number; samples: number };
}

/**
 * Samples the summed RSS of a process and all its descendants (Astro's
 * Node process, Pagefind's binary, esbuild, ...) every `intervalMs`.
 * Summing counts shared pages once per process, so it errs high. Also adds
 * up each process's CPU time as last seen: GNU time misses children the
 * build leaves unreaped when it exits (Pagefind's binary, esbuild).
 */
export function sampleTreeRss(root: number, intervalMs = 100): RssSampler {
  let peakTreeBytes = 0;
  let peakProcessBytes = 0;
  let samples = 0;
  const cpu = new Map<number, number>();
  const sample = (): void => {
    let total = 0;
    for (const pid of processTree(root)) {
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuTicks(pid)));
      const rss = rssBytes(pid);
      total += rss;
      peakProcessBytes = Math.max(peakProcessBytes, rss);
    }
    peakTreeBytes = Math.max(peakTreeBytes, total);
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      let ticks = 0;
      for (const value of cpu.values()) ticks += value;
      return { peakTreeBytes, peakProcessBytes, cpuMs: ticks * 10, samples };
    },
  };
}
