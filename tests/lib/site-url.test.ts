import { describe, expect, it } from 'vitest';
import { absoluteUrl, requireSite, siteFiles } from '../../src/lib/site-url.ts';

describe('absolute URLs', () => {
  it('puts the base path between the origin and the page', () => {
    expect(absoluteUrl('https://owner.github.io', '/freebsd-xen/', '/changes/')).toBe(
      'https://owner.github.io/freebsd-xen/changes/',
    );
    expect(absoluteUrl(new URL('https://example.org'), '/', siteFiles.changesFeed)).toBe(
      'https://example.org/changes.xml',
    );
  });

  it('needs a site', () => {
    expect(() => requireSite(undefined)).toThrow(/sets no site \(SITE_URL\)/);
    expect(requireSite(new URL('https://example.org')).href).toBe('https://example.org/');
  });
});
