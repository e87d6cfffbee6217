/**
 * `npm run import`: reads FreeBSD's history from local clones with git and
 * writes change and person records (docs/import.md). Everything is computed
 * in memory first; the files are written to a temporary tree and moved into
 * place only when the whole run has succeeded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  commitBlock,
  commitFacts,
  firstReleaseOf,
  IMPORT_REPOSITORIES,
  mergeTargets,
  type CommitFacts,
  type ImportRepository,
} from '../../src/lib/import/facts.ts';
import { LOG_FORMAT, LOG_OPTIONS, parseLog } from '../../src/lib/import/log.ts';
import {
  compileRules,
  pathspecs,
  unmatchedGlobs,
  type CompiledRule,
  type PathRule,
} from '../../src/lib/import/path-map.ts';
import { earliestRelease, releaseTags } from '../../src/lib/import/release-tags.ts';
import { newRecordText, renderCommitBlock, spliceCommitBlock } from '../../src/lib/import/record-file.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { compareReleases } from '../../src/lib/releases.ts';
import { ImportError } from './errors.ts';
import { Git } from './git.ts';

export const PATH_MAP = 'content/data/xen-paths.json';
export const STATE_FILE = 'content/data/import-state.json';

export interface ImportOptions {
  /** The project (its content/ is read and written). */
  readonly root: string;
  /** Clones by repository: src, ports or both. */
  readonly clones: Partial<Record<ImportRepository, string>>;
}

export interface ImportReport {
  readonly created: string[];
  readonly updated: string[];
  readonly people: string[];
  readonly unmatchedGlobs: string[];
  /** Where a hand-written field says otherwise than git: both values, for the maintainer to decide. */
  readonly disagreements: string[];
  /** Releases a record names that content/releases/ has no record of. */
  readonly missingReleases: string[];
  /** Whether the run read the whole history (no state, or a changed path map) or only what is new. */
  readonly full: boolean;
  readonly commitsRead: number;
}

interface RepositoryState {
  branches: Record<string, string>;
  tags: Record<string, string>;
}

interface State {
  format: 1;
  pathMap: string;
  repositories: Partial<Record<ImportRepository, RepositoryState>>;
}

interface ExistingRecord {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly data: Record<string, unknown>;
  readonly commit: Record<string, unknown> | undefined;
}

/** Reads and checks the path map: a rule names a glob and topics that exist. */
export function readPathMap(root: string): {
  rules: Record<ImportRepository, CompiledRule[]>;
  digest: string;
} {
  const file = join(root, PATH_MAP);
  if (!existsSync(file))
    throw new ImportError(`${PATH_MAP} does not exist`, 'restore it from git: it lists the Xen paths');
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${PATH_MAP}: not valid JSON (${(error as Error).message})`, 'fix the JSON syntax');
  }
  const topics = new Set(
    readdirSync(join(root, 'content/topics'))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.slice(0, -'.mdx'.length)),
  );
  const rules = { src: [], ports: [] } as Record<ImportRepository, CompiledRule[]>;
  const object = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  for (const key of Object.keys(object))
    if (!(key in IMPORT_REPOSITORIES))
      throw new ImportError(
        `${PATH_MAP}: unknown repository "${key}"`,
        `use ${Object.keys(IMPORT_REPOSITORIES).join(' or ')}`,
      );
  for (const repository of Object.keys(IMPORT_REPOSITORIES) as ImportRepository[]) {
    const list = object[repository] ?? [];
    if (!Array.isArray(list))
      throw new ImportError(
        `${PATH_MAP}: "${repository}" must be a list of rules`,
        'write [{ "glob": …, "topics": […] }, …]',
      );
    const checked: PathRule[] = list.map((rule: unknown, index: number) => {
      const where = `${PATH_MAP}: ${repository}[${String(index)}]`;
      const {
        glob,
        topics: named,
        ...rest
      } = (typeof rule === 'object' && rule !== null ? rule : {}) as Record<string, unknown>;
      if (typeof glob !== 'string' || glob === '' || glob.startsWith('/'))
        throw new ImportError(
          `${where}: "glob" must be a path glob relative to the repository`,
          'write a glob such as "sys/dev/xen/blkfront/**"',
        );
      if (!Array.isArray(named) || named.length === 0 || !named.every((topic) => typeof topic === 'string'))
        throw new ImportError(
          `${where}: "topics" must list at least one topic slug`,
          'write "topics": ["blkfront"]',
        );
      if (Object.keys(rest).length > 0)
        throw new ImportError(
          `${where}: unknown field ${Object.keys(rest).join(', ')}`,
          'a rule has only "glob" and "topics"',
        );
      for (const topic of named as string[])
        if (!topics.has(topic))
          throw new ImportError(
            `${where} (${glob}): unknown topic "${topic}"`,
            `use one of ${[...topics].sort().join(', ')}, or add content/topics/${topic}.mdx`,
          );
      return { glob, topics: named as string[] };
    });
    rules[repository] = compileRules(checked);
  }
  return { rules, digest: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}

/** Refuses what is not a complete clone with FreeBSD's notes. */
export function checkClone(git: Git): void {
  if (!existsSync(git.dir))
    throw new ImportError(
      `${git.dir} does not exist`,
      'pass the path of a clone of FreeBSD src (--src) or ports (--ports)',
    );
  if (!git.succeeds(['rev-parse', '--git-dir']))
    throw new ImportError(
      `${git.dir} is not a git repository`,
      'clone it first: git clone --filter=blob:none https://git.freebsd.org/src.git',
    );
  if (git.run(['rev-parse', '--is-shallow-repository'], 'checking for a shallow clone').trim() === 'true')
    throw new ImportError(
      `${git.dir} is a shallow clone: its history is cut off, so merges and first releases would be wrong`,
      'fetch the whole history: git -C <clone> fetch --unshallow (a blobless clone, --filter=blob:none, is fine)',
    );
  if (!git.succeeds(['rev-parse', '-q', '--verify', 'refs/notes/commits']))
    throw new ImportError(
      `${git.dir} has no git notes (refs/notes/commits): without them, Subversion-era commits lose their r-numbers`,
      "fetch them: git -C <clone> fetch origin 'refs/notes/*:refs/notes/*'",
    );
}

const BRANCH = /^(main|master|head|stable\/[1-9][0-9]*|releng\/[1-9][0-9]*\.[0-9]+|20[0-9]{2}Q[1-4])$/;

function branchRank(name: string): [number, string] {
  if (/^(main|master|head)$/.test(name)) return [0, ''];
  const version = /^(?:stable|releng)\/(.*)$/.exec(name)?.[1];
  if (version !== undefined) {
    const [major = '0', minor = '0'] = version.split('.');
    return [name.startsWith('stable') ? 1 : 2, `${major.padStart(4, '0')}.${minor.padStart(4, '0')}`];
  }
  return [3, name];
}

/** The branches to read, main first, then stable/N, releng/N.M and ports' quarterly branches, each once. */
export function branchesOf(git: Git): { name: string; ref: string; tip: string }[] {
  const found = new Map<string, { name: string; ref: string; tip: string }>();
  const lines = git.run(
    ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/remotes'],
    'listing branches',
  );
  for (const line of lines.split('\n')) {
    const [ref = '', tip = ''] = line.split(' ');
    const name = ref.replace(/^refs\/heads\//, '').replace(/^refs\/remotes\/[^/]+\//, '');
    if (BRANCH.test(name) && !found.has(name)) found.set(name, { name, ref, tip });
  }
  return [...found.values()].sort((a, b) => {
    const [ra, ka] = branchRank(a.name);
    const [rb, kb] = branchRank(b.name);
    return ra - rb || ka.localeCompare(kb);
  });
}

function readState(root: string): State | undefined {
  const file = join(root, STATE_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as State) : undefined;
}

/** Every change record in content/changes, by id, with its commit block if it has one. */
function readRecords(root: string): Map<string, ExistingRecord> {
  const records = new Map<string, ExistingRecord>();
  const base = join(root, 'content/changes');
  if (!existsSync(base)) return records;
  for (const folder of readdirSync(base, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(base, folder.name))) {
      if (!file.endsWith('.md')) continue;
      const path = join(base, folder.name, file);
      const text = readFileSync(path, 'utf8');
      const id = `${folder.name}/${file.slice(0, -3)}`;
      const front = readFrontmatter(text);
      if (front.data === undefined || front.errors.length > 0)
        throw new ImportError(
          `${relative(root, path)}: its front matter does not parse`,
          'fix it (npm run validate) before importing',
        );
      const data = front.data as Record<string, unknown>;
      const commit = data.commit as Record<string, unknown> | undefined;
      records.set(id, { id, path, text, data, commit });
    }
  }
  return records;
}

/** The id an existing git-era record has for a hash: its file may name the hash with 7 to 40 digits. */
function existingGitId(
  records: ReadonlyMap<string, ExistingRecord>,
  repository: string,
  hash: string,
): string | undefined {
  for (const id of records.keys()) {
    const [folder, name = ''] = id.split('/');
    if (folder === repository && name.length >= 7 && hash.startsWith(name)) return id;
  }
  return undefined;
}

/** Runs the import. Throws ImportError (nothing written) on bad input. */
export function runImport(options: ImportOptions): ImportReport {
  const { root } = options;
  const { rules, digest } = readPathMap(root);
  const previous = readState(root);
  const full = previous === undefined || previous.pathMap !== digest;
  const records = readRecords(root);
  const state: State = {
    format: 1,
    pathMap: digest,
    repositories: { ...(full ? {} : previous.repositories) },
  };

  const facts = new Map<string, CommitFacts>();
  const ownRelease = new Map<string, string>();
  let commitsRead = 0;
  const seenFiles = new Set<string>();
  const checkedGlobs: string[] = [];
  for (const repository of Object.keys(IMPORT_REPOSITORIES) as ImportRepository[]) {
    const dir = options.clones[repository];
    if (dir === undefined) continue;
    const git = new Git(dir);
    checkClone(git);
    const old = full ? undefined : previous.repositories[repository];
    const specs = pathspecs(rules[repository]);
    const branches = branchesOf(git);
    if (branches.length === 0)
      throw new ImportError(
        `${dir}: no main, stable/N or releng/N.M branch`,
        'clone FreeBSD src or ports with its branches',
      );
    const done: string[] = Object.values(old?.branches ?? {});
    const byHash = new Map<string, CommitFacts>();
    for (const branch of branches) {
      const output = git.run(
        ['log', LOG_FORMAT, ...LOG_OPTIONS, '--full-history', branch.tip, '--not', ...done, '--', ...specs],
        `reading the history of ${branch.name}`,
      );
      done.push(branch.tip);
      for (const logged of parseLog(output)) {
        commitsRead += 1;
        for (const file of logged.files) seenFiles.add(file);
        const found = commitFacts(repository, logged, branch.name, rules[repository]);
        if (!found || byHash.has(found.hash)) continue;
        const id =
          found.revision === undefined
            ? (existingGitId(records, repository, found.hash) ?? found.id)
            : found.id;
        const clash = facts.get(id);
        if (clash && clash.hash !== found.hash)
          throw new ImportError(
            `${id}: two commits carry this Subversion revision in their notes: ${clash.hash} and ${found.hash}`,
            'check the notes of both commits (git notes show <hash>); the import cannot tell which one the record is',
          );
        byHash.set(found.hash, found);
        facts.set(id, { ...found, id });
      }
    }
    if (full)
      checkedGlobs.push(
        ...unmatchedGlobs(rules[repository], seenFiles).map((glob) => `${repository}: ${glob}`),
      );

    // First releases: each release tag is read once, the earliest version first.
    const tags = releaseTags(
      git
        .run(['for-each-ref', '--format=%(refname:short)', 'refs/tags/release/'], 'listing release tags')
        .split('\n')
        .filter((line) => line !== ''),
    );
    const tagState: Record<string, string> = { ...(old?.tags ?? {}) };
    const known = new Set([
      ...byHash.keys(),
      ...[...records.values()].flatMap((r) => (typeof r.commit?.hash === 'string' ? [r.commit.hash] : [])),
    ]);
    tags.forEach(({ tag, release }, index) => {
      const sha = git.run(['rev-parse', `${tag}^{commit}`], `reading tag ${tag}`).trim();
      if (tagState[tag] === sha) return;
      const earlier = tags.slice(0, index).map((earlierTag) => earlierTag.tag);
      const reached = git.run(['rev-list', sha, '--not', ...earlier], `reading the commits of ${tag}`);
      for (const hash of reached.split('\n'))
        if (known.has(hash)) {
          const current = ownRelease.get(hash);
          if (current === undefined || compareReleases(release, current) < 0) ownRelease.set(hash, release);
        }
      tagState[tag] = sha;
    });
    state.repositories[repository] = {
      branches: Object.fromEntries(branches.map((branch) => [branch.name, branch.tip])),
      tags: tagState,
    };
  }

  // Clashes with records already in content/.
  for (const [id, found] of facts) {
    const existing = records.get(id);
    const hash = existing?.commit?.hash;
    if (existing && typeof hash === 'string' && hash !== found.hash)
      throw new ImportError(
        `${relative(root, existing.path)}: its commit block has hash ${hash}, but the note of ${found.hash} says it is ${id}`,
        'check which commit the record is about; if the record is wrong, delete its commit block and run the import again',
      );
    if (found.revision !== undefined) {
      const asGit = existingGitId(records, found.repository, found.hash);
      if (asGit !== undefined)
        throw new ImportError(
          `content/changes/${asGit}.md names commit ${found.hash}, whose note says it is Subversion revision r${String(found.revision)}`,
          `move the record to content/changes/${id}.md: a commit made in Subversion is recorded by its revision`,
        );
    }
  }

  // Everything the import knows: records already imported, and those read now.
  const hashToId = new Map<string, string>();
  for (const record of records.values())
    if (typeof record.commit?.hash === 'string') hashToId.set(record.commit.hash, record.id);
  for (const [id, found] of facts) hashToId.set(found.hash, id);
  const index = { byHash: hashToId, has: (id: string) => records.has(id) || facts.has(id) };

  interface Block {
    block: Record<string, unknown>;
    mergeOf: string[];
  }
  const blocks = new Map<string, Block>();
  for (const [id, found] of facts) {
    const mergeOf = mergeTargets(found, index);
    blocks.set(id, { block: commitBlock(found, mergeOf, undefined, undefined), mergeOf });
  }
  for (const record of records.values())
    if (record.commit && !blocks.has(record.id)) {
      const mergeOf = Array.isArray(record.commit.mergeOf) ? (record.commit.mergeOf as string[]) : [];
      blocks.set(record.id, { block: { ...record.commit }, mergeOf });
    }
  // Own releases, then first releases through merges.
  const idOfText = (from: string, text: string) => `${from.split('/')[0] ?? ''}/${text}`;
  const own = new Map<string, string | undefined>();
  for (const [id, { block }] of blocks) {
    const hash = block.hash as string;
    own.set(id, earliestRelease([ownRelease.get(hash), block.release as string | undefined]));
  }
  const mergesOf = new Map<string, string[]>();
  for (const [id, { mergeOf }] of blocks)
    for (const text of mergeOf) {
      const target = idOfText(id, text);
      mergesOf.set(target, [...(mergesOf.get(target) ?? []), id]);
    }
  for (const [id, entry] of blocks) {
    const release = own.get(id);
    const first = firstReleaseOf(
      release,
      (mergesOf.get(id) ?? []).map((merge) => own.get(merge)),
    );
    const rest = Object.fromEntries(
      Object.entries(entry.block).filter(([key]) => key !== 'release' && key !== 'firstRelease'),
    );
    entry.block = { ...rest, ...(release ? { release } : {}), ...(first ? { firstRelease: first } : {}) };
  }

  // The files: new records, and records whose block changed.
  const writes = new Map<string, string>();
  const created: string[] = [];
  const updated: string[] = [];
  const disagreements: string[] = [];
  for (const [id, { block }] of blocks) {
    const existing = records.get(id);
    const rendered = renderCommitBlock(block);
    const path = existing?.path ?? join(root, 'content/changes', `${id}.md`);
    const text = existing ? spliceCommitBlock(existing.text, rendered) : newRecordText(rendered);
    if (existing?.text === text) continue;
    writes.set(path, text);
    (existing ? updated : created).push(id);
    if (existing) disagreements.push(...disagreementsOf(id, existing.data, block));
  }

  // People: every handle a record names by role, with the name git gives it.
  const names = new Map<string, { name: string; time: string }>();
  const handles = new Set<string>();
  for (const { block } of blocks.values()) {
    for (const role of ['author', 'committer'] as const) {
      const person = block[role] as { name: string; handle?: string; time: string } | undefined;
      if (person?.handle === undefined) continue;
      handles.add(person.handle);
      const known = names.get(person.handle);
      if (!known || known.time < person.time)
        names.set(person.handle, { name: person.name, time: person.time });
    }
    const trailers = block.trailers as Record<string, { handle?: string }[] | undefined> | undefined;
    for (const role of ['submittedBy', 'reviewedBy'])
      for (const person of trailers?.[role] ?? []) if (person.handle) handles.add(person.handle);
  }
  const people: string[] = [];
  for (const handle of [...handles].sort()) {
    const path = join(root, 'content/people', `${handle}.md`);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current !== undefined && !/^imported: true$/m.test(current)) continue; // a hand-written record wins
    const name = names.get(handle)?.name ?? handle;
    const text = `---\nname: ${JSON.stringify(name)}\nfreebsdAccount: true\nimported: true\n---\n`;
    if (current === text) continue;
    writes.set(path, text);
    people.push(handle);
  }

  const releases = new Set(
    existsSync(join(root, 'content/releases'))
      ? readdirSync(join(root, 'content/releases')).map((name) => name.replace(/\.md$/, ''))
      : [],
  );
  const missingReleases = [
    ...new Set(
      [...blocks.values()].flatMap(({ block }) =>
        [block.release, block.firstRelease].filter(
          (r): r is string => typeof r === 'string' && !releases.has(r),
        ),
      ),
    ),
  ].sort(compareReleases);

  const stateText = `${JSON.stringify(state, null, 2)}\n`;
  const statePath = join(root, STATE_FILE);
  if (writes.size > 0 || !existsSync(statePath) || readFileSync(statePath, 'utf8') !== stateText)
    writes.set(statePath, stateText);
  writeAll(root, writes);
  return {
    created: created.sort(),
    updated: updated.sort(),
    people,
    unmatchedGlobs: checkedGlobs,
    disagreements,
    missingReleases,
    full,
    commitsRead,
  };
}

const COMPARED: [string, (block: Record<string, unknown>) => unknown][] = [
  ['subject', (block) => block.subject],
  ['date', (block) => (block.committer as { time: string }).time.slice(0, 10)],
  ['firstRelease', (block) => block.firstRelease],
  ['mergeOf', (block) => (block.mergeOf as string[] | undefined)?.[0]],
];

/** Where a hand-written field and git disagree: both values, for the maintainer. */
function disagreementsOf(
  id: string,
  data: Record<string, unknown>,
  block: Record<string, unknown>,
): string[] {
  const found: string[] = [];
  for (const [field, fromGit] of COMPARED) {
    const written = data[field];
    const git = fromGit(block);
    if (written !== undefined && git !== undefined && String(written) !== String(git))
      found.push(
        `${id}: ${field} is ${JSON.stringify(written)} in the record, ${JSON.stringify(git)} from git`,
      );
  }
  return found;
}

/** Writes every file into a temporary tree, then moves each into place: a failed run leaves content/ as it was. */
function writeAll(root: string, writes: ReadonlyMap<string, string>): void {
  if (writes.size === 0) return;
  const temp = join(root, `.import-${String(process.pid)}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    const moves: [string, string][] = [];
    for (const [path, text] of writes) {
      const staged = join(temp, relative(root, path));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, text);
      moves.push([staged, path]);
    }
    for (const [staged, path] of moves) {
      mkdirSync(dirname(path), { recursive: true });
      renameSync(staged, path);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
