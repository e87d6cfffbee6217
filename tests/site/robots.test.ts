import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, listFiles, SITE_URL } from '../../scripts/lib/dist.ts';

describe.each(BUILDS)('robots.txt in the build at $base', ({ dir, base }) => {
  const robots = readFileSync(`${dir}/robots.txt`, 'utf8');
  const files = listFiles(dir);
  const prefix = `${SITE_URL}${base}`;

  it('lets every crawler in', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
  });

  it('names, by absolute URL, a sitemap index that the build contains', () => {
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map(([, url = '']) => url);
    expect(sitemaps).toHaveLength(1);
    const [sitemap = ''] = sitemaps;
    expect(sitemap.startsWith(prefix), sitemap).toBe(true);
    const file = sitemap.slice(prefix.length);
    expect(files.has(file), file).toBe(true);
    const listed = [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, url = '']) => url,
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const url of listed)
      expect(url.startsWith(prefix) && files.has(url.slice(prefix.length)), url).toBe(true);
  });
});
