import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The two builds the site checks read: one at /, one as a GitHub Pages project page. */
export const ROOT_BUILD = 'dist';
export const BASE_BUILD = 'test-output/dist-base';
export const BASE_PATH = '/freebsd-xen/';
/** The SITE_URL both builds are made with (tests/site/build-once.ts). */
export const SITE_URL = 'https://freebsd-xen.example.org';

/** The two builds with the base path each is served under. */
export const BUILDS = [
  { dir: ROOT_BUILD, base: '/' },
  { dir: BASE_BUILD, base: BASE_PATH },
] as const;

export interface BuiltPage {
  /** Path of the HTML file inside the build, such as changes/base/r284296/index.html. */
  file: string;
  html: string;
}

/** Every HTML page of a build. */
export function readPages(dir: string = ROOT_BUILD): BuiltPage[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      file: relative(dir, join(dir, name)).split(sep).join('/'),
      html: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** Every file of a build, as paths relative to it with forward slashes. */
export function listFiles(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}
