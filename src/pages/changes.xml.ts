import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChanges } from '../queries/changes.ts';
import { feedItem, newestFirst } from '../lib/change-feed.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl, requireSite, siteFiles } from '../lib/site-url.ts';

/** /changes.xml: an RSS feed of the change records, newest revision first. */
export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site);
  const url = (path: string): string => absoluteUrl(origin, import.meta.env.BASE_URL, path);
  const changes = [...(await getChanges())].sort((a, b) => newestFirst(a.data, b.data));
  return rss({
    title: 'FreeBSD on Xen: changes',
    description:
      'The FreeBSD revisions behind Xen support, newest revision first: what each changed and where a source says so.',
    site: url(routes.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${url(siteFiles.changesFeed)}" rel="self" type="application/rss+xml"/>`,
    items: changes.map((entry) => feedItem(entry.data, url(routes.change(entry.data)), entry.body ?? '')),
  });
};
