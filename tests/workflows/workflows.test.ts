import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));

interface Job {
  permissions?: Record<string, string>;
  steps?: { uses?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
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

  it('gives write permissions only to the job that deploys to Pages', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      const deploys = (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@'));
      expect(writes.map(([scope]) => scope).sort(), name).toEqual(deploys ? ['id-token', 'pages'] : []);
    }
  });
});

describe('the deploy workflow', () => {
  const deploy = parse(readFileSync(`${DIR}/deploy.yml`, 'utf8')) as Workflow;
  const steps = Object.values(deploy.jobs).flatMap((job) => job.steps ?? []);

  it('checks out the full history, for last-updated dates', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('builds with the site URL and a base path ending in "/" from the Pages configuration', () => {
    const build = steps.find((step) => step.env?.['SITE_URL'] !== undefined);
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
  });
});
