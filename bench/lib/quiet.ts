import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Milliseconds per clock tick in /proc/stat (USER_HZ is 100 on Linux). */
const TICK_MS = 10;

/** Busy and total CPU time of the whole machine so far, in ms, from /proc/stat. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busyMs: busy * TICK_MS, totalMs: (busy + idle + iowait) * TICK_MS };
}

/** Cores kept busy, on average, over the next `windowMs`. */
export async function busyCores(windowMs = 2000): Promise<number> {
  const before = machineCpu();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = machineCpu();
  const total = after.totalMs - before.totalMs;
  return total > 0 ? ((after.busyMs - before.busyMs) / total) * cpus().length : 0;
}

/**
 * Waits until the machine is nearly idle (other people's builds and tests
 * share it), so timings are not skewed; gives up after `maxWaitMs`.
 * Returns how long it waited and the load it last saw.
 */
export async function waitForQuiet(
  maxWaitMs: number,
  say: (message: string) => void,
  threshold = 0.35,
): Promise<{ waitedMs: number; cores: number }> {
  const start = Date.now();
  let cores = await busyCores();
  let told = false;
  while (cores > threshold && Date.now() - start < maxWaitMs) {
    if (!told) {
      say(
        `  waiting for the machine to quieten (${cores.toFixed(2)} cores busy elsewhere; up to ${String(maxWaitMs / 1000)} s)`,
      );
      told = true;
    }
    cores = await busyCores();
  }
  return { waitedMs: Date.now() - start, cores };
}
