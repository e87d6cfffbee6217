import { publisherOf } from '../../lib/publishers.ts';
import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/** A source labelled primary is a publication of the FreeBSD Project, the Xen Project or a vendor. */
export const primaryPublisher: Rule = {
  name: 'primary-publisher',
  check: ({ content, at }) =>
    Object.entries(content.data.sources).flatMap(([id, source]) =>
      source.primary === true && publisherOf(source.url) === undefined
        ? [
            problem(
              at(DATA_FILES.sources.file, [id, 'primary']),
              `"${id}" is labelled primary, but ${source.url} is not published by the FreeBSD Project, the Xen Project or a vendor`,
              'cite the published copy on a FreeBSD, Xen or vendor site, or remove primary: true',
            ),
          ]
        : [],
    ),
};
