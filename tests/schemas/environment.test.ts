import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-error.ts';
import { DEFAULT_SITE_URL, readEnvironment } from '../../src/schemas/environment.ts';

describe('readEnvironment', () => {
  it.each([
    [{}, { site: DEFAULT_SITE_URL, base: '/', outDir: './dist' }],
    [
      { SITE_URL: 'https://owner.github.io', BASE_PATH: '/freebsd-xen/' },
      { site: 'https://owner.github.io', base: '/freebsd-xen/', outDir: './dist' },
    ],
    [
      { SITE_URL: 'https://owner.github.io', BASE_PATH: 'freebsd-xen' },
      { site: 'https://owner.github.io', base: '/freebsd-xen/', outDir: './dist' },
    ],
    [
      { SITE_URL: 'https://example.org/docs/xen' },
      { site: 'https://example.org', base: '/docs/xen/', outDir: './dist' },
    ],
    [
      { SITE_URL: 'https://example.org/docs/', BASE_PATH: '/docs' },
      { site: 'https://example.org', base: '/docs/', outDir: './dist' },
    ],
    [
      { SITE_URL: '  ', BASE_PATH: '', OUT_DIR: 'out' },
      { site: DEFAULT_SITE_URL, base: '/', outDir: 'out' },
    ],
    [
      { SITE_URL: 'http://127.0.0.1:4321', REPOSITORY_URL: 'https://github.com/owner/freebsd-xen/' },
      { site: 'http://127.0.0.1:4321', base: '/', outDir: './dist' },
    ],
  ])('reads %j as %j', (env, environment) => {
    expect(readEnvironment(env)).toEqual({ environment, problems: [] });
  });

  it.each([
    [
      { SITE_URL: 'freebsd-xen.example.org' },
      'environment variable SITE_URL: "freebsd-xen.example.org" is not the address of a site\n    fix: set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    ],
    [
      { SITE_URL: 'ftp://example.org/' },
      'environment variable SITE_URL: "ftp://example.org/" is not the address of a site\n    fix: set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    ],
    [
      { SITE_URL: 'https://example.org/?q=1' },
      'environment variable SITE_URL: "https://example.org/?q=1" is not the address of a site\n    fix: set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    ],
    [
      { BASE_PATH: 'https://owner.github.io/freebsd-xen/' },
      'environment variable BASE_PATH: "https://owner.github.io/freebsd-xen/" is not a path\n    fix: set it to the path the site is served under, for example BASE_PATH=/freebsd-xen/ (the address itself goes in SITE_URL)',
    ],
    [
      { BASE_PATH: '//cdn/x' },
      'environment variable BASE_PATH: "//cdn/x" is not a path\n    fix: set it to the path the site is served under, for example BASE_PATH=/freebsd-xen/ (the address itself goes in SITE_URL)',
    ],
    [
      { BASE_PATH: '/a b/' },
      'environment variable BASE_PATH: "/a b/" is not a path\n    fix: set it to the path the site is served under, for example BASE_PATH=/freebsd-xen/ (the address itself goes in SITE_URL)',
    ],
    [
      { SITE_URL: 'https://example.org/docs/', BASE_PATH: '/other/' },
      'environment variable BASE_PATH: "/other/" disagrees with the path of SITE_URL (/docs/)\n    fix: give the path once: in SITE_URL (https://host/docs/) or in BASE_PATH, not two different ones',
    ],
  ])('refuses %j, naming the variable, the value and an example', (env, message) => {
    expect(readEnvironment(env).problems.map(formatProblem)).toEqual([message]);
  });

  it.each([
    [{ SITE_URL: 'http://example.org' }, 'SITE_URL', /"http:\/\/example\.org" is served over plain http/],
    [{ SITE_URL: 'https://example.org/a/../b/' }, 'SITE_URL', /is not the address of a site/],
    [{ SITE_URL: 'https://example.org/a/%2e%2e/b/' }, 'SITE_URL', /is not the address of a site/],
    [{ BASE_PATH: '/site/../' }, 'BASE_PATH', /has a \. or \.\. segment/],
    [{ BASE_PATH: '/site/%2e%2E/' }, 'BASE_PATH', /has a \. or \.\. segment/],
    [{ BASE_PATH: '/site/.%2e/' }, 'BASE_PATH', /has a \. or \.\. segment/],
    [{ BASE_PATH: '/site/%2F/' }, 'BASE_PATH', /has a \. or \.\. segment/],
    [{ BASE_PATH: './' }, 'BASE_PATH', /has a \. or \.\. segment/],
    [{ REPOSITORY_URL: 'http://github.com/owner/repo' }, 'REPOSITORY_URL', /is not the https:\/\/ address/],
    [{ REPOSITORY_URL: 'github.com/owner/repo' }, 'REPOSITORY_URL', /is not the https:\/\/ address/],
    [{ REPOSITORY_URL: 'https://github.com/owner' }, 'REPOSITORY_URL', /is not the https:\/\/ address/],
    [
      { REPOSITORY_URL: 'https://github.com/owner/repo?x=1' },
      'REPOSITORY_URL',
      /is not the https:\/\/ address/,
    ],
    [{ REPOSITORY_URL: 'https://github.com/owner/..' }, 'REPOSITORY_URL', /is not the https:\/\/ address/],
  ])('refuses %j in %s', (env, variable, message) => {
    const [problem, ...more] = readEnvironment(env).problems;
    expect(more).toEqual([]);
    expect(problem?.file).toBe(`environment variable ${variable}`);
    expect(problem?.message).toMatch(message);
  });

  it.each([
    { SITE_URL: 'https://someone:s3cr3t@example.org/' },
    { SITE_URL: 'http://someone:s3cr3t@example.org/' },
    { REPOSITORY_URL: 'https://x-access-token:s3cr3t@github.com/owner/repo' },
    { BASE_PATH: 'https://someone:s3cr3t@example.org/' },
  ])('refuses a credential in %j without repeating it', (env) => {
    const { problems } = readEnvironment(env);
    expect(problems).toHaveLength(1);
    const text = problems.map(formatProblem).join('\n');
    expect(text).toContain('***@');
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain('someone');
  });
});
