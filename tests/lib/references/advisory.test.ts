import { describe, expect, it } from 'vitest';
import {
  advisoryFromSlug,
  advisoryRef,
  advisorySlug,
  advisoryType,
  advisoryUrl,
  parseAdvisory,
} from '../../../src/lib/references/advisory.ts';

describe('parseAdvisory', () => {
  it.each([
    'FreeBSD-SA-21:06.xen',
    'FreeBSD-SA-21:02.xenoom',
    'FreeBSD-EN-17:05.xen',
    'FreeBSD-EN-18:07.pmap',
    ' FreeBSD-SA-14:25.setlogin ',
  ])('accepts %j', (text) => {
    expect(parseAdvisory(text)).toBe(text.trim());
  });

  it.each([
    ['no prefix', 'SA-21:06.xen'],
    ['no name', 'FreeBSD-SA-21:06'],
    ['lower-case type', 'FreeBSD-sa-21:06.xen'],
    ['another type', 'FreeBSD-XX-21:06.xen'],
    ['a one-digit year', 'FreeBSD-SA-1:06.xen'],
    ['a hyphen for the colon', 'FreeBSD-SA-21-06.xen'],
    ['a capitalised name', 'FreeBSD-SA-21:06.Xen'],
  ])('rejects an id with %s (%j), showing the expected form', (_, text) => {
    expect(() => parseAdvisory(text)).toThrow(/for example FreeBSD-SA-21:06\.xen or FreeBSD-EN-17:05\.xen/);
  });
});

describe('advisory slugs', () => {
  it.each([
    ['FreeBSD-SA-21:06.xen', 'FreeBSD-SA-21-06.xen'],
    ['FreeBSD-EN-17:05.xen', 'FreeBSD-EN-17-05.xen'],
  ])('writes %s as the file name and URL segment %s, and reads it back', (id, slug) => {
    expect(advisorySlug(parseAdvisory(id))).toBe(slug);
    expect(advisoryFromSlug(slug)).toBe(id);
  });

  it.each(['FreeBSD-SA-21:06.xen', 'SA-21-06.xen', 'freebsd-sa-21-06-xen', 'FreeBSD-SA-21-06'])(
    'rejects the file name %j',
    (slug) => {
      expect(() => advisoryFromSlug(slug)).toThrow(/name it after the id with the colon as a hyphen/);
    },
  );
});

describe('advisoryUrl and advisoryType', () => {
  it.each([
    ['FreeBSD-SA-21:06.xen', 'SA', 'https://security.freebsd.org/advisories/FreeBSD-SA-21:06.xen.asc'],
    ['FreeBSD-EN-17:05.xen', 'EN', 'https://security.freebsd.org/advisories/FreeBSD-EN-17:05.xen.asc'],
  ])('%s is an %s whose text is at %s', (id, type, url) => {
    const parsed = parseAdvisory(id);
    expect(advisoryType(parsed)).toBe(type);
    expect(advisoryUrl(advisoryRef(parsed))).toBe(url);
  });
});
