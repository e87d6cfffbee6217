import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  if?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe.each(workflows)('.github/workflows/$name', ({ text }) => {
  const workflow = parse(text) as Workflow;

  it('pins every action to a full commit SHA and names its release in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    const unpinned = uses.filter(
      (line) => !/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line),
    );
    expect(unpinned).toEqual([]);
  });

  it('lets the workflow only read the repository unless a job asks for more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('gives write permissions only to the job that deploys to Pages and the one that opens the import’s pull request', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      const deploys = (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@'));
      const opensPullRequest = (job.steps ?? []).some((step) => /\bgh pr create\b/.test(step.run ?? ''));
      expect(writes.map(([scope]) => scope).sort(), name).toEqual(
        deploys ? ['id-token', 'pages'] : opensPullRequest ? ['contents', 'pull-requests'] : [],
      );
    }
  });
});

describe('the CI workflow', () => {
  const ci = parse(readFileSync(`${DIR}/ci.yml`, 'utf8')) as Workflow & { on: Record<string, unknown> };
  const runOf = (job: string): string[] =>
    (ci.jobs[job]?.steps ?? []).map((step) => step.run ?? '').filter(Boolean);
  const ciRun = readFileSync('.ci/run', 'utf8');
  const scripts = [...ciRun.matchAll(/npm (?:run ([\w:]+)|(test))\b/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );

  it('runs on every pull request and every push, main included', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(ci.on['push']).toBeNull();
  });

  it('runs, job by job, every npm script that .ci/run runs', () => {
    expect(scripts.length).toBeGreaterThan(3);
    const jobScripts = Object.keys(ci.jobs).flatMap(runOf);
    for (const script of scripts)
      expect(jobScripts, script).toContain(script === 'test' ? 'npm test' : `npm run ${script}`);
  });

  it('requires the audit to have run in GitHub, where the registry answers it', () => {
    expect(ci.jobs['audit']?.env?.['AUDIT_REQUIRED']).toBe('1');
  });

  it('builds for Pages only on a push to main, after every check has passed, and deploys after that', () => {
    const checks = Object.keys(ci.jobs).filter((name) => !['build-pages', 'deploy'].includes(name));
    expect(ci.jobs['build-pages']?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect([ci.jobs['build-pages']?.needs].flat().sort()).toEqual(checks.sort());
    expect(ci.jobs['deploy']?.needs).toBe('build-pages');
  });

  it('checks out the full history where pages are built, for last-updated dates', () => {
    for (const job of ['test', 'browser', 'build-pages']) {
      const checkout = (ci.jobs[job]?.steps ?? []).find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], job).toBe(0);
    }
  });

  it('builds with the site URL and a base path ending in "/" from the Pages configuration', () => {
    const build = (ci.jobs['build-pages']?.steps ?? []).find((step) => step.env?.['SITE_URL'] !== undefined);
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
  });
});

describe('the import workflow', () => {
  const workflow = parse(readFileSync(`${DIR}/import.yml`, 'utf8')) as Workflow & {
    on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
  const runs = steps.map((step) => step.run ?? '').join('\n');

  it('runs every week and on demand', () => {
    expect(workflow.on.schedule?.map((entry) => entry.cron.split(' ').length)).toEqual([5]);
    expect(workflow.on.schedule?.[0]?.cron.split(' ')[4]).toMatch(/^[0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('clones src and ports without blobs, and fetches the git notes', () => {
    expect(runs).toMatch(/git clone [^\n]*--filter=blob:none/);
    expect(runs).toContain("fetch --quiet origin 'refs/notes/*:refs/notes/*'");
    expect(runs).toContain('for repo in src ports');
  });

  it('imports, then tests and builds before it opens a pull request', () => {
    const order = ['npm run import', 'npm test', 'npm run build', 'gh pr create'].map((command) =>
      runs.indexOf(command),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
