import { ContentError } from '../lib/content-error.ts';
import { recordRoute } from '../lib/paths.ts';
import type { WrittenRecordRef } from '../lib/references/find.ts';
import type { GitRef } from '../lib/references/git.ts';
import type { SvnRef } from '../lib/references/svn.ts';
import { registry } from './site-data.ts';

/**
 * The record a component names (<Rev>, <Commit>): by its exact identity
 * when the repository is given, else as prose reads the reference. The
 * registry's one lookup, and its messages, serve prose and components alike.
 */
export function resolveComponentRef(
  written: WrittenRecordRef,
  exact: SvnRef | GitRef | undefined,
  component: string,
  page: string,
) {
  const fail = (message: string, fix: string): never => {
    throw new ContentError([{ file: `the page ${page}`, message: `${component}: ${message}`, fix }]);
  };
  if (exact) {
    return (
      registry().get(exact) ??
      fail(
        `${written.text} has no record in ${exact.repository}`,
        `add content${recordRoute(exact).slice(0, -1)}.md with its facts and sources`,
      )
    );
  }
  const looked = registry().lookup(written);
  return looked.ok ? looked.record : fail(looked.message, looked.fix);
}
