import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_SIZE, feedItem } from '../lib/change-feed.ts';
import { newestFirst } from '../lib/order.ts';
import { recordRoute, routes } from '../lib/paths.ts';
import { absoluteUrl, requireSite, siteFiles } from '../lib/site-url.ts';
import { getAdvisories, getChanges } from '../queries/changes.ts';

/** /changes.xml: an RSS feed of the newest changes and advisories. */
export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site);
  const url = (path: string): string => absoluteUrl(origin, import.meta.env.BASE_URL, path);
  const records = [
    ...(await getChanges()).map((entry) => ({ ...entry.data, html: entry.rendered?.html ?? '' })),
    ...(await getAdvisories()).map((entry) => ({
      ...entry.data,
      title: entry.data.topic,
      date: entry.data.announced,
      html: entry.rendered?.html ?? '',
    })),
  ]
    .sort(newestFirst)
    .slice(0, FEED_SIZE);
  return rss({
    title: 'FreeBSD on Xen: changes',
    description: `The newest ${String(FEED_SIZE)} FreeBSD commits and security advisories behind Xen support: what each changed, and where a source says so.`,
    site: url(routes.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${url(siteFiles.changesFeed)}" rel="self" type="application/rss+xml"/>`,
    items: records.map((record) => feedItem(record, url(recordRoute(record.ref)))),
  });
};
