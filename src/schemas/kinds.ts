/**
 * Every kind of authored file under content/: where it lives, how its path
 * names it, and the schema of its front matter or data. The one list the
 * validator (validate.ts), the loaders (src/content.config.ts) and
 * CONTRIBUTING.md follow; a new kind of record is added here.
 */
import type { z } from 'astro/zod';
import { advisoryFromSlug, advisoryRef, type AdvisoryRef } from '../lib/references/advisory.ts';
import { ReferenceSyntaxError } from '../lib/references/errors.ts';
import {
  GIT_REPOSITORIES,
  gitRef,
  isGitRepository,
  parseCommit,
  type GitRef,
} from '../lib/references/git.ts';
import {
  isSvnRepository,
  parseRevision,
  SVN_REPOSITORIES,
  svnRef,
  type SvnRef,
} from '../lib/references/svn.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { advisorySchema } from './advisory.ts';
import { changeSchema } from './change.ts';
import { chartsSchema } from './chart.ts';
import { PERSON_ID_PATTERN, RELEASE_PATTERN } from './fields.ts';
import { glossarySchema } from './glossary.ts';
import { importStateSchema, pathMapSchema } from './import.ts';
import { guestSupportSchema } from './guest-support.ts';
import { navigationSchema } from './navigation.ts';
import { personSchema } from './person.ts';
import { releaseSchema } from './release.ts';
import { sourcesSchema } from './source.ts';
import { supportSchema } from './support.ts';
import { topicSchema } from './topic.ts';
import { virtualizationSpectrumSchema } from './virtualization-spectrum.ts';

/** What a path says a file is, or what is wrong with the path and how to fix it. */
export type Identity<R> = { ok: true; id: string; ref: R } | { ok: false; message: string; fix: string };

const REPOSITORIES = [...new Set<string>([...SVN_REPOSITORIES, ...GIT_REPOSITORIES])];

function changeIdentity(parts: readonly string[]): Identity<SvnRef | GitRef> {
  const [repository, name, ...deeper] = parts;
  if (repository === undefined || name === undefined || deeper.length > 0 || !isRepositoryName(repository)) {
    return {
      ok: false,
      message: `a change record must sit in a repository folder, content/changes/<${REPOSITORIES.join('|')}>/`,
      fix: 'move the file to content/changes/base/ (Subversion src), content/changes/src/ (git src), or ports/ or doc/',
    };
  }
  if (/^[rR]/.test(name)) {
    if (!isSvnRepository(repository)) {
      return {
        ok: false,
        message: `${name} is a Subversion revision, but ${repository} is a git repository`,
        fix: `move it to content/changes/base/ (the Subversion name of the source tree) or ${SVN_REPOSITORIES.join(', ')}`,
      };
    }
    try {
      if (!name.startsWith('r')) throw new ReferenceSyntaxError('');
      return { ok: true, id: `${repository}/${name}`, ref: svnRef(repository, parseRevision(name)) };
    } catch {
      return {
        ok: false,
        message: `${name}.md does not name a revision`,
        fix: 'name the file r<number>.md, for example r286062.md',
      };
    }
  }
  if (!isGitRepository(repository)) {
    return {
      ok: false,
      message: `${name} is not a revision (r<number>), and ${repository} only had Subversion revisions`,
      fix: `name a Subversion record r<number>.md, or put a git commit under ${GIT_REPOSITORIES.join(', ')}`,
    };
  }
  try {
    const hash = parseCommit(name);
    if (hash !== name) throw new ReferenceSyntaxError('');
    return { ok: true, id: `${repository}/${name}`, ref: gitRef(repository, hash) };
  } catch {
    return {
      ok: false,
      message: `${name}.md does not name a git commit`,
      fix: 'name the file after the commit hash in lower case, 7 to 40 hexadecimal digits, for example 65f22ccf8247.md',
    };
  }
}

function isRepositoryName(value: string): boolean {
  return REPOSITORIES.includes(value);
}

function single<R>(
  pattern: RegExp,
  fix: string,
  ref: (name: string) => R,
): (parts: readonly string[]) => Identity<R> {
  return ([name, ...deeper]) =>
    name !== undefined && deeper.length === 0 && pattern.test(name)
      ? { ok: true, id: name, ref: ref(name) }
      : { ok: false, message: `${[name, ...deeper].join('/')} is not a valid name here`, fix };
}

function advisoryIdentity(parts: readonly string[]): Identity<AdvisoryRef> {
  const [name, ...deeper] = parts;
  try {
    if (name === undefined || deeper.length > 0) throw new ReferenceSyntaxError('');
    return { ok: true, id: name, ref: advisoryRef(advisoryFromSlug(name)) };
  } catch {
    return {
      ok: false,
      message: `${parts.join('/')} does not name an advisory`,
      fix: 'name the file after the advisory, with its colon as a hyphen: FreeBSD-SA-21-06.xen.md',
    };
  }
}

/**
 * The Markdown and MDX kinds, by collection name: each is an Astro collection
 * (src/content.config.ts), validated by `npm run validate` and the build
 * (validate.ts), whatever its name. A kind whose path names a record that
 * prose can refer to (`identify` gives a reference) gives the `title` links
 * to it show.
 */
export const RECORD_KINDS = {
  changes: {
    folder: 'content/changes',
    extension: '.md',
    schema: changeSchema,
    identify: changeIdentity,
    title: (data: z.output<typeof changeSchema>) => data.title,
    hints: {
      title: 'set title to a short description of the change, in your own words',
      subject: "give the commit's subject line only where a source quotes it, otherwise leave the field out",
      date: 'give the commit date as "YYYY-MM-DD" only where a source states it, otherwise leave the field out',
      firstRelease:
        'give the first release that shipped the change as a quoted version such as "11.0", or leave the field out',
      mergeOf: 'for a merge to a stable branch, name the commit it merges, such as r286062',
      branch: 'name the branch a merge went to, such as stable/10',
      topics: 'list topic slugs from content/data/topics.json, for example topics: [blkfront]',
      review: 'give the Differential review id such as D3805, or leave the field out',
      people: 'list person ids (content/people/<id>.md) under author, committer, submitter or reviewers',
      sponsor: 'name the sponsor as the commit or release notes do, or leave the field out',
      sources: 'list source ids from content/data/sources.json (talk for the FOSDEM talk), each once',
      verified:
        'set verified: true only where a source besides the talk ties the commit to its content, else false',
      inTalk: 'set inTalk: true for commits the FOSDEM 2016 talk cites',
      commit:
        'leave the commit block to npm run import, which rewrites it; to correct a fact, write the field outside the block',
      repository: "remove repository: a change record's folder and file name say its repository and revision",
      revision: "remove revision: a change record's folder and file name say its repository and revision",
    },
  },
  advisories: {
    folder: 'content/advisories',
    extension: '.md',
    schema: advisorySchema,
    identify: advisoryIdentity,
    title: (data: z.output<typeof advisorySchema>) => data.topic,
    hints: {
      topic: "give the advisory's own topic line",
      announced: 'give the "Announced" date of the advisory as "YYYY-MM-DD"',
      releases: 'list the releases whose notes or errata list the advisory, such as ["11.4", "12.2"]',
      corrections: 'list { branch: stable/12, commit: r369341 } pairs as the advisory gives them',
    },
  },
  releases: {
    folder: 'content/releases',
    extension: '.md',
    schema: releaseSchema,
    identify: single(
      RELEASE_PATTERN,
      'name the file after the release, for example 11.0.md',
      () => undefined,
    ),
    hints: {
      date: 'give the release date from the release announcement as "YYYY-MM-DD"',
      branch: 'name the branch the release was cut from, such as stable/11',
      notes: 'list { in: release notes | errata, text: … } for each Xen entry, in your own words',
    },
  },
  people: {
    folder: 'content/people',
    extension: '.md',
    schema: personSchema,
    identify: single(
      PERSON_ID_PATTERN,
      'name the file after the FreeBSD account (royger.md), or the kebab-case name',
      () => undefined,
    ),
    hints: {
      name: "give the person's name as a source writes it",
      freebsdAccount: 'set freebsdAccount: true when the file name is a FreeBSD account name, else false',
    },
  },
  glossary: {
    folder: 'content/glossary',
    extension: '.md',
    schema: glossarySchema,
    identify: single(
      SLUG_PATTERN,
      'name the file after the term in kebab case, for example grant-table.md',
      () => undefined,
    ),
    hints: {
      term: 'give the term as readers meet it, such as "grant table"',
    },
  },
  topics: {
    folder: 'content/topics',
    extension: '.mdx',
    schema: topicSchema,
    identify: single(
      SLUG_PATTERN,
      'name the file after the topic in kebab case, for example blkfront.mdx',
      () => undefined,
    ),
    hints: {
      description: 'describe the topic in one or two sentences, 40 to 200 characters',
    },
  },
} as const satisfies Record<
  string,
  {
    folder: string;
    extension: '.md' | '.mdx';
    schema: z.ZodType;
    identify: (parts: readonly string[]) => Identity<unknown>;
    title?: (data: never) => string;
    /** How to put each field right, for error messages. */
    hints?: Readonly<Record<string, string>>;
  }
>;

export type RecordCollection = keyof typeof RECORD_KINDS;

/** The JSON data files, by name. */
export const DATA_FILES = {
  navigation: { file: 'content/data/topics.json', schema: navigationSchema },
  sources: { file: 'content/data/sources.json', schema: sourcesSchema },
  charts: { file: 'content/data/charts.json', schema: chartsSchema },
  guestSupport: { file: 'content/data/guest-support.json', schema: guestSupportSchema },
  spectrum: { file: 'content/data/virtualization-spectrum.json', schema: virtualizationSpectrumSchema },
  support: { file: 'content/data/support.json', schema: supportSchema },
  xenPaths: { file: 'content/data/xen-paths.json', schema: pathMapSchema },
  importState: { file: 'content/data/import-state.json', schema: importStateSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

export type DataName = keyof typeof DATA_FILES;
