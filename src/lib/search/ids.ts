import { advisorySlug, advisoryType, type AdvisoryId } from '../references/advisory.ts';

/**
 * The ways a reader may type an advisory, for search: `FreeBSD-SA-21:06.xen`,
 * `SA-21:06`, `SA-21-06` and `FreeBSD-SA-21-06.xen`, with its CVE and XSA ids.
 */
export function advisoryIds(id: AdvisoryId, others: readonly string[] = []): string[] {
  const [, year = '', number = ''] = /-(\d{2}):(\d{2})\./.exec(id) ?? [];
  const short = `${advisoryType(id)}-${year}:${number}`;
  return [id, advisorySlug(id), short, short.replace(':', '-'), ...others];
}
