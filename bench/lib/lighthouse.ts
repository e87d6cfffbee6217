import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { CHROMIUM } from './browser.ts';
import { median } from './measure.ts';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  /** 0 to 100 per category. */
  scores: Record<Category, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface LighthouseResult extends LighthouseScores {
  page: string;
  preset: Preset;
  runs: LighthouseScores[];
  /** Audits that kept a category under 100 in the median run's report (id: title). */
  failing: string[];
  error?: string;
}

interface LighthouseJson {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }
  >;
  runtimeError?: { message: string };
}

function runOnce(cli: string, url: string, preset: Preset, output: string): Promise<LighthouseJson> {
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`lighthouse exited ${String(code)}: ${stderr.slice(-500)}`));
        return;
      }
      try {
        const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson;
        rmSync(output, { force: true });
        if (report.runtimeError) reject(new Error(report.runtimeError.message));
        else resolve(report);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

function scoresOf(report: LighthouseJson): LighthouseScores {
  const score = (id: Category): number => Math.round((report.categories[id]?.score ?? 0) * 100);
  const value = (id: string): number => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

function failingAudits(report: LighthouseJson): string[] {
  const failing = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative') continue;
      failing.add(`${category}: ${ref.id} (${audit.score.toFixed(2)}) ${audit.title}`);
    }
  }
  return [...failing];
}

/** Median of `runs` Lighthouse runs of one page with one preset (Debian's Chromium, through chrome-launcher). */
export async function lighthouse(
  cli: string,
  origin: string,
  page: string,
  preset: Preset,
  runs: number,
  scratch: string,
): Promise<LighthouseResult> {
  const results: { scores: LighthouseScores; report: LighthouseJson }[] = [];
  let error: string | undefined;
  for (let run = 0; run < runs; run += 1) {
    try {
      const report = await runOnce(cli, origin + page, preset, `${scratch}-${preset}-${String(run)}.json`);
      results.push({ scores: scoresOf(report), report });
    } catch (caught) {
      error = (caught as Error).message;
    }
  }
  const all = results.map((result) => result.scores);
  const pick = (get: (scores: LighthouseScores) => number): number => median(all.map(get));
  // The report whose performance score is the median one, to name what costs points.
  const sorted = [...results].sort((a, b) => a.scores.scores.performance - b.scores.scores.performance);
  const middle = sorted[Math.floor(sorted.length / 2)];
  const result: LighthouseResult = {
    page,
    preset,
    runs: all,
    scores: {
      performance: pick((s) => s.scores.performance),
      accessibility: pick((s) => s.scores.accessibility),
      'best-practices': pick((s) => s.scores['best-practices']),
      seo: pick((s) => s.scores.seo),
    },
    fcpMs: pick((s) => s.fcpMs),
    lcpMs: pick((s) => s.lcpMs),
    tbtMs: pick((s) => s.tbtMs),
    cls: pick((s) => s.cls),
    failing: middle ? failingAudits(middle.report) : [],
  };
  if (error !== undefined) result.error = error;
  return result;
}
