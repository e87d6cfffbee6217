import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstroBuild } from './build.ts';
import type { SyntheticRecord } from './generate.ts';
import { median } from './measure.ts';
import { cleanBuildState, hasPrepass, prepareOurSite, type Autolink } from './site.ts';
import { isolatedTransformCost } from './transform-isolated.ts';
import type { TransformCost } from './types.ts';

export const TRANSFORM_HOW =
  'Off: in the temporary copy only (src/ is untouched), bench/lib/site.ts removes `referenceLinks({ registry, root })` from `mdastPlugins` in astro.config.mjs, and the `checkMarkdownReferences(registry, root)` pass that ran the same transform over every Markdown file before the build where the config still has one (“no pre-pass” then removes only that pass). The variants build in ABBA order (on, off, off, on, …), each from a clean cache; the ratio is the median of the per-round ratios.';

export interface TransformOptions {
  root: string;
  work: string;
  logs: string;
  records: readonly SyntheticRecord[];
  runs: number;
  say: (message: string) => void;
  /** Runs before each build (waits for a quiet machine). */
  beforeBuild: () => Promise<unknown>;
}

/** Build time with revision auto-linking on and off, same records, alternating builds. */
export async function transformCost({
  root,
  work,
  logs,
  records,
  runs,
  say,
  beforeBuild,
}: TransformOptions): Promise<TransformCost> {
  // The third variant only where the config still has a pre-build check pass to take out.
  const prepass = hasPrepass(readFileSync(join(root, 'astro.config.mjs'), 'utf8'));
  const variants: Autolink[] = prepass ? ['on', 'off', 'no-prepass'] : ['on', 'off'];
  const result: TransformCost = {
    records: records.length,
    variants: {
      on: { wallMs: [], cpuMs: [], otherCpuMs: [] },
      off: { wallMs: [], cpuMs: [], otherCpuMs: [] },
      'no-prepass': { wallMs: [], cpuMs: [], otherCpuMs: [] },
    },
    ratio: Number.NaN,
    ratioOfMedians: Number.NaN,
    cpuRatio: Number.NaN,
    how: TRANSFORM_HOW,
  };
  const dirs = new Map(
    variants.map((variant) => [variant, join(work, `transform-${variant}-${String(records.length)}`)]),
  );
  try {
    for (const [autolink, dir] of dirs) prepareOurSite({ root, dir, records, autolink });
  } catch (error) {
    result.error = (error as Error).message;
    return result;
  }
  // ABBA order (on, off, off, on, on, off, …) so a slow drift of the machine cancels out in each pair.
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [...dirs] : [...dirs].reverse();
    for (const [autolink, dir] of order) {
      say(`transform cost: auto-linking ${autolink}, run ${String(run + 1)} of ${String(runs)}`);
      cleanBuildState(dir);
      await beforeBuild();
      const build = await runAstroBuild(dir, join(logs, `transform-${autolink}-${String(run)}.log`));
      if (!build.ok) {
        result.error = `build with auto-linking ${autolink} failed: ${build.errorTail ?? ''}`;
        return result;
      }
      result.variants[autolink].wallMs.push(build.wallMs);
      result.variants[autolink].cpuMs.push(build.cpuMs ?? Number.NaN);
      result.variants[autolink].otherCpuMs.push(build.otherCpuMs ?? Number.NaN);
    }
  }
  const { on, off } = result.variants;
  result.ratio = median(on.wallMs.map((wall, index) => wall / (off.wallMs[index] ?? Number.NaN)));
  result.ratioOfMedians = median(on.wallMs) / median(off.wallMs);
  result.cpuRatio = median(on.cpuMs.map((cpu, index) => cpu / (off.cpuMs[index] ?? Number.NaN)));
  result.isolated = await isolatedTransformCost(root, records);
  return result;
}
