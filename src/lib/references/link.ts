import { refRepository, refText, refUrl, type RecordRef } from './record-ref.ts';

/** The link a reference becomes, in prose or through a component: to the thing itself, titled with the record. */
export function recordLink({ ref, title }: { readonly ref: RecordRef; readonly title: string }): {
  href: string;
  title: string;
  text: string;
} {
  const text = refText(ref);
  const repository = refRepository(ref);
  return {
    href: refUrl(ref),
    title: `${text}${repository === undefined ? '' : ` (${repository})`}: ${title}`,
    text,
  };
}
