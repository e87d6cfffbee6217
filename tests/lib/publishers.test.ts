import { describe, expect, it } from 'vitest';
import { publisherOf } from '../../src/lib/publishers.ts';

describe('who publishes a source', () => {
  it.each([
    ['https://www.freebsd.org/releases/11.2R/schedule/', 'FreeBSD'],
    ['https://security.freebsd.org/advisories/FreeBSD-SA-21:06.xen.asc', 'FreeBSD'],
    ['https://docs.freebsd.org/en/books/handbook/virtualization/', 'FreeBSD'],
    [
      'https://github.com/freebsd/freebsd-doc/blob/main/website/content/en/status/report-2015-10-2015-12.html',
      'FreeBSD',
    ],
    ['https://github.com/FreeBSD/freebsd-src/blob/main/sys/dev/xen/netfront/netfront.c', 'FreeBSD'],
    ['https://xenbits.xen.org/xsa/advisory-361.html', 'Xen'],
    ['https://wiki.xenproject.org/wiki/Type_Config_Option', 'Xen'],
    ['https://xenproject.org/2016/06/23/xen-470-2/', 'Xen'],
    ['https://github.com/xen-project/xen/blob/master/SUPPORT.md', 'Xen'],
    ['https://aws.amazon.com/ec2/instance-types/', 'vendor'],
  ] as const)('%s is a %s publication', (url, publisher) => {
    expect(publisherOf(url)).toBe(publisher);
  });

  it.each([
    ['a personal copy on a university server', 'https://stuff.mit.edu/afs/sipb.mit.edu/user/bert/xen.xml'],
    [
      'a fork of the FreeBSD sources on GitHub',
      'https://github.com/sobomax/freebsd14_vendor/blob/main/share/man/man4/xen.4',
    ],
    ['a third-party mirror', 'https://git.quacker.org/d/freebsd-skq/src/commit/fc39220abeb5'],
    ['a news site', 'https://www.theregister.com/2016/04/28/xen_hypervisor/'],
    ['a look-alike host', 'https://notfreebsd.org/releases/'],
    ['a host that only ends in the name', 'https://freebsd.org.example.com/'],
    ['no URL at all', 'not a url'],
  ])('%s is no one’s publication', (_, url) => {
    expect(publisherOf(url)).toBeUndefined();
  });
});
