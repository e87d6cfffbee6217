import { slug as githubSlug } from 'github-slugger';

/** Kebab-case: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An id for text, the way GitHub and Astro make heading ids: the one slugger
 * of the site, so ids made here match the ones in rendered Markdown.
 */
export function slugify(text: string): string {
  return githubSlug(text);
}
