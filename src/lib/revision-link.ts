import type { RegisteredChange } from './registry.ts';
import { formatRevision, svnwebUrl } from './revision.ts';

/** The link a revision reference becomes, in prose or through the Rev component. */
export function revisionLink(change: Pick<RegisteredChange, 'repository' | 'revision' | 'title'>): {
  href: string;
  title: string;
  text: string;
} {
  const text = formatRevision(change.revision);
  return {
    href: svnwebUrl(change),
    title: `${text} (${change.repository}): ${change.title}`,
    text,
  };
}
