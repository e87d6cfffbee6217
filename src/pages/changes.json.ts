import type { APIRoute } from 'astro';
import { changesJson } from '../lib/change-json.ts';
import { recordRoute } from '../lib/paths.ts';
import { absoluteUrl, requireSite } from '../lib/site-url.ts';
import { getAdvisories, getChanges } from '../queries/changes.ts';
import { getPersonNames } from '../queries/people.ts';
import { source } from '../queries/site-data.ts';

/**
 * /changes.json: every change record and advisory with its URLs, for
 * scripts. Complete, not paginated: it is data (shape: README, src/lib/change-json.ts).
 */
export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site);
  const names = await getPersonNames();
  const body = changesJson(
    (await getChanges()).map((entry) => entry.data),
    (await getAdvisories()).map((entry) => entry.data),
    {
      pageUrl: (ref) => absoluteUrl(origin, import.meta.env.BASE_URL, recordRoute(ref)),
      source: (id) => {
        const { title, url } = source(id);
        return { id, title, url };
      },
      personName: (id) => names.get(id) ?? id,
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
