import { describe, expect, it } from 'vitest';
import { unsafeUrlReason } from '../../src/lib/safe-url.ts';

describe('unsafeUrlReason', () => {
  it.each([
    'https://reviews.freebsd.org/D3805',
    'http://example.org/',
    'mailto:freebsd-xen@FreeBSD.org',
    'MAILTO:someone@example.org',
    '/topics/netfront/',
    '#queues',
    '?q=r286062',
    '../glossary/',
    'r286062',
  ])('accepts %j', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'the javascript: scheme is not allowed'],
    ['JaVaScRiPt:alert(1)', 'the javascript: scheme is not allowed'],
    ['java\tscript:alert(1)', 'the javascript: scheme is not allowed'],
    [' javascript:alert(1)', 'the javascript: scheme is not allowed'],
    ['data:text/html,<script>', 'the data: scheme is not allowed'],
    ['vbscript:msgbox', 'the vbscript: scheme is not allowed'],
    ['file:///etc/passwd', 'the file: scheme is not allowed'],
    ['//evil.example/', 'protocol-relative URLs leave the site without saying where'],
  ])('refuses %j: %s', (url, reason) => {
    expect(unsafeUrlReason(url)).toBe(reason);
  });
});
