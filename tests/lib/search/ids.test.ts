import { describe, expect, it } from 'vitest';
import { parseAdvisory } from '../../../src/lib/references/advisory.ts';
import { advisoryIds } from '../../../src/lib/search/ids.ts';

describe('advisoryIds', () => {
  it('gives every form a reader may type, with the CVE and XSA ids', () => {
    expect(advisoryIds(parseAdvisory('FreeBSD-SA-21:06.xen'), ['CVE-2021-26932', 'XSA-361'])).toEqual([
      'FreeBSD-SA-21:06.xen',
      'FreeBSD-SA-21-06.xen',
      'SA-21:06',
      'SA-21-06',
      'CVE-2021-26932',
      'XSA-361',
    ]);
  });

  it('writes an errata notice as EN', () => {
    expect(advisoryIds(parseAdvisory('FreeBSD-EN-17:05.xen'))).toContain('EN-17:05');
  });
});
