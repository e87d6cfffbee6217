import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The two builds the site checks read: one at /, one as a GitHub Pages project page. */
export const ROOT_BUILD = 'dist';
export const BASE_BUILD = 'test-output/dist-base';
export const BASE_PATH = '/freebsd-xen/';

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

/** Every attribute value of a name in a page's HTML (good enough for Astro's generated markup). */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => decodeEntities(match[1] ?? ''));
}

export function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
