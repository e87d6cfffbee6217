import type { APIRoute } from 'astro';
import { getChanges } from '../queries/changes.ts';
import { changesJson } from '../lib/change-json.ts';
import { routes } from '../lib/paths.ts';
import { absoluteUrl, requireSite } from '../lib/site-url.ts';
import { SOURCES } from '../schemas/source.ts';

/** /changes.json: every change record with its URLs, for scripts (shape: README, src/lib/change-json.ts). */
export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site);
  const records = (await getChanges()).map((entry) => entry.data);
  const body = changesJson(records, {
    pageUrl: (id) => absoluteUrl(origin, import.meta.env.BASE_URL, routes.change(id)),
    sources: SOURCES,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
