import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { median } from './measure.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  path: string;
  runs: number;
  /** Median score per category, 0 to 100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits under 1 in the last run that weigh on a category. */
  failing: string[];
  error?: string;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
  runtimeError?: { message: string };
}

function once(cli: string, url: string, output: string): Promise<Report> {
  const args = [cli, url, '--output=json', `--output-path=${output}`, '--quiet'];
  args.push(`--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${String(code)}: ${stderr.slice(-400)}`));
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
      rmSync(output, { force: true });
      if (report.runtimeError) reject(new Error(report.runtimeError.message));
      else resolve(report);
    });
  });
}

/** Lighthouse's mobile preset (its default) on one page, `runs` times: medians. */
export async function lighthouse(cli: string, origin: string, path: string, runs: number, scratch: string) {
  const reports: Report[] = [];
  const result: LighthouseResult = {
    path,
    runs: 0,
    scores: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
    ...{ fcpMs: Number.NaN, lcpMs: Number.NaN, tbtMs: Number.NaN, cls: Number.NaN, failing: [] },
  };
  try {
    for (let run = 0; run < runs; run += 1) reports.push(await once(cli, origin + path, `${scratch}.json`));
  } catch (error) {
    result.error = (error as Error).message;
  }
  if (reports.length === 0) return result;
  const value = (id: string): number =>
    median(reports.map((report) => report.audits[id]?.numericValue ?? NaN));
  for (const category of CATEGORIES) {
    result.scores[category] = Math.round(
      median(reports.map((report) => (report.categories[category]?.score ?? 0) * 100)),
    );
  }
  const last = reports[reports.length - 1] as Report;
  result.failing = CATEGORIES.flatMap((category) =>
    (last.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (last.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} (${String(last.audits[ref.id]?.score)})`),
  );
  return {
    ...result,
    runs: reports.length,
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}
