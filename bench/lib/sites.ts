/**
 * The three sites the bench builds from the same synthetic records: ours (a
 * copy of the project), the floor (bench/floor/) and Starlight.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import {
  changeFile,
  writeRecords,
  type SiteFacts,
  type SyntheticRecord,
} from '../../scripts/lib/synthetic-records.ts';

export type SiteKind = 'ours' | 'floor' | 'starlight';

const ROOT = join(import.meta.dirname, '../..');

/** A copy of the project with the records added; git reads the project's history for the real files' dates. */
export function prepareOurs(dir: string, records: readonly SyntheticRecord[]): Record<string, string> {
  const copy = new ProjectCopy(dir);
  writeRecords(dir, records);
  return copy.gitEnv();
}

/** bench/floor/ with the same record files: Astro's glob loader, one layout, then Pagefind's CLI. */
export function prepareFloor(dir: string, records: readonly SyntheticRecord[]): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench/floor'), dir, { recursive: true });
  linkNodeModules(join(ROOT, 'node_modules'), dir);
  writeRecords(dir, records);
}

export const STARLIGHT_VERSION = '0.42.4';
export const LIGHTHOUSE_VERSION = '13.5.0';

export interface Deps {
  nodeModules: string;
  versions: Record<string, string>;
  lighthouseCli: string;
}

export const versionOf = (nodeModules: string, name: string): string | undefined => {
  const file = join(nodeModules, name, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
};

/**
 * Starlight and Lighthouse, installed once with `npm install --prefix` into
 * `dir` (never into the project), Astro pinned to the site's own version.
 */
export function ensureDeps(dir: string, say: (line: string) => void): Deps {
  const nodeModules = join(dir, 'node_modules');
  const astro = versionOf(join(ROOT, 'node_modules'), 'astro') ?? 'latest';
  const wanted = { astro, '@astrojs/starlight': STARLIGHT_VERSION, lighthouse: LIGHTHOUSE_VERSION };
  if (Object.entries(wanted).some(([name, version]) => versionOf(nodeModules, name) !== version)) {
    const manifest = {
      name: 'bench-deps',
      private: true,
      dependencies: wanted,
      allowScripts: { esbuild: true },
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    say(`npm install --prefix ${dir}: ${JSON.stringify(wanted)}`);
    const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new Error(`npm install in ${dir} failed`);
  }
  const versions = Object.fromEntries(
    Object.keys(wanted).map((name) => [name, versionOf(nodeModules, name) ?? '?']),
  );
  return { nodeModules, versions, lighthouseCli: join(nodeModules, 'lighthouse/cli/index.js') };
}

const yaml = (fields: Record<string, string>): string =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('')}---\n`;

const linkOf = (ref: string): string =>
  ref.startsWith('r')
    ? `https://svnweb.freebsd.org/changeset/base/${ref.slice(1)}`
    : `https://cgit.freebsd.org/src/commit/?id=${ref}`;

/**
 * One record as a Starlight page with what our change page shows: the facts
 * as a list, the prose with every record and manual page reference already a
 * link (what our transform produces), and the sources.
 */
export function toStarlight(
  record: SyntheticRecord,
  facts: SiteFacts,
  titles: ReadonlyMap<string, string>,
): string {
  const body = record.body
    .replace(/(?<![\w`])(r\d{6}|[0-9a-f]{12})(?![\w`])/g, (ref) =>
      titles.has(ref) ? `[${ref}](${linkOf(ref)} "${ref}: ${titles.get(ref) ?? ''}")` : ref,
    )
    .replace(
      /(?<![\w./`-])([a-z][a-z0-9_.+-]*[a-z0-9_+])\(([1-9])\)/g,
      (text, name: string, section: string) =>
        `[${text}](https://man.freebsd.org/cgi/man.cgi?query=${name}&sektion=${section})`,
    );
  const name = (id: string): string => facts.people.get(id) ?? id;
  const people = Object.entries(record.people ?? {}).map(
    ([role, ids]) => `- **${role}:** ${ids.map(name).join(', ')}`,
  );
  const list = [
    `- **Commit:** [${record.ref} in ${record.repository}](${linkOf(record.ref)})`,
    ...people,
    ...(record.date ? [`- **Date:** ${record.date}`] : []),
    ...(record.firstRelease ? [`- **First shipped in:** FreeBSD ${record.firstRelease}`] : []),
    ...(record.review
      ? [`- **Review:** [${record.review}](https://reviews.freebsd.org/${record.review})`]
      : []),
    `- **Topics:** ${record.topics.map((slug) => `[${facts.topicTitles.get(slug) ?? slug}](/topics/${slug}/)`).join(', ')}`,
    `- **Status:** ${record.verified ? 'Verified' : 'Unverified'}`,
  ];
  const sources = record.sources.map((id) => {
    const source = facts.sources.get(id);
    return source ? `- [${source.title}](${source.url})` : `- ${id}`;
  });
  const title = `${record.ref}: ${record.title}`;
  return [
    yaml({ title, description: `${title}.` }),
    list.join('\n'),
    '',
    body,
    '',
    '## Sources',
    '',
    ...sources,
    '',
  ].join('\n');
}

/** bench/starlight/ with a home page, one stub page per topic (the sidebar) and one page per record. */
export function prepareStarlight(
  dir: string,
  records: readonly SyntheticRecord[],
  facts: SiteFacts,
  deps: Deps,
): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench/starlight'), dir, { recursive: true });
  linkNodeModules(deps.nodeModules, dir);
  // Without its dependencies listed, Astro leaves Starlight to Node's loader, which cannot load astro: modules.
  const dependencies = {
    astro: deps.versions['astro'],
    '@astrojs/starlight': deps.versions['@astrojs/starlight'],
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-bench', type: 'module', dependencies }),
  );
  const link = (slug: string) => ({ label: facts.topicTitles.get(slug) ?? slug, link: `/topics/${slug}/` });
  const sidebar = facts.groups.map((group) => ({ label: group.label, items: group.topics.map(link) }));
  writeFileSync(join(dir, 'sidebar.json'), JSON.stringify(sidebar));
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'topics'), { recursive: true });
  writeFileSync(
    join(docs, 'index.md'),
    `${yaml({ title: 'FreeBSD on Xen' })}\nFreeBSD on the Xen hypervisor.\n`,
  );
  for (const [slug, title] of facts.topicTitles) {
    const description = facts.topicDescriptions.get(slug) ?? title;
    writeFileSync(join(docs, `topics/${slug}.md`), `${yaml({ title, description })}\n${description}\n`);
  }
  const titles = new Map(records.map((record) => [record.ref, record.title]));
  for (const record of records) {
    const file = join(docs, changeFile(record).path.replace(/^content\//, ''));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toStarlight(record, facts, titles));
  }
}
