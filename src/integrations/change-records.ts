import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assertNoProblems, type ContentProblem } from '../lib/content-error.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { RevisionRegistry, type RegisteredChange } from '../lib/registry.ts';
import { changeSchema } from '../schemas/change.ts';

export const CHANGES_DIR = 'content/changes';

/** How to put each field right, shown with a validation error. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  repository: 'set repository to base, ports or doc: the Subversion repository the commit is in',
  revision: 'set revision to the commit number, for example revision: 284296',
  title: 'set title to a short description of the change, in your own words',
  subject: "give the commit's subject line only where a source quotes it, otherwise leave the field out",
  authors: 'list the people a source credits, for example authors: [Colin Percival], or leave the field out',
  date: 'give the commit date as YYYY-MM-DD only where a source states it, otherwise leave the field out',
  firstRelease: 'give the first release as a quoted version such as "11.0", or leave the field out',
  topics: 'list topic slugs from content/data/topics.json, for example topics: [blkfront]',
  review: 'give the Differential review id such as D3805, or leave the field out',
  sources: 'list source ids from content/data/sources.json (talk for the FOSDEM talk)',
  verified:
    'set verified: true only where a source besides the talk ties the number to its content, else false',
  inTalk: 'set inTalk: false for revisions the FOSDEM talk does not cite',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Validates one record's front matter; returns the change or the problems. */
export function checkRecord(
  file: string,
  source: string,
): { change?: RegisteredChange; problems: ContentProblem[] } {
  const frontmatter = readFrontmatter(source);
  if (frontmatter.errors.length > 0 || frontmatter.data === undefined) {
    const errors =
      frontmatter.errors.length > 0 ? frontmatter.errors : [{ line: 1, message: 'no front matter' }];
    return {
      problems: errors.map((error) => ({
        file,
        line: error.line,
        message: `front matter is not valid YAML: ${error.message}`,
        fix: 'start the file with a YAML block between two --- lines (see README, "Change records")',
      })),
    };
  }
  const result = changeSchema.safeParse(frontmatter.data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        return {
          file,
          line: frontmatter.lineOf(issue.path),
          message: `${issue.path.join('.') || 'front matter'}: ${issue.message} (found ${describe(valueAt(frontmatter.data, issue.path))})`,
          fix:
            FIELD_HINTS[field] ??
            'remove the field: change records accept only the fields listed in README, "Change records"',
        };
      }),
    };
  }
  const { repository, revision, title } = result.data;
  return { change: { repository, revision, title, file }, problems: [] };
}

/** Markdown files below a folder of the project, sorted. */
export function listMarkdown(root: string, folder: string): string[] {
  const dir = join(root, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name))
    .sort();
}

/** Reads every record under content/changes and stops the build on any problem. */
export function loadChangeRegistry(root: string): RevisionRegistry<RegisteredChange> {
  const changes: RegisteredChange[] = [];
  const problems: ContentProblem[] = [];
  const records = listMarkdown(root, CHANGES_DIR).map((path) => ({
    path,
    source: readFileSync(path, 'utf8'),
  }));
  for (const { path, source } of records) {
    const file = relative(root, path).split(sep).join('/');
    const checked = checkRecord(file, source);
    problems.push(...checked.problems);
    if (checked.change) changes.push(checked.change);
  }
  const { registry, problems: duplicates } = RevisionRegistry.build(changes);
  assertNoProblems([...problems, ...duplicates]);
  return registry;
}
