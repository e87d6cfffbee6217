import type { APIRoute } from 'astro';
import { absoluteUrl, requireSite, siteFiles } from '../lib/site-url.ts';

/** /robots.txt: every page may be crawled; the sitemap lists them. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(requireSite(site), import.meta.env.BASE_URL, siteFiles.sitemap);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
