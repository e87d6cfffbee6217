import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { toChangeMarkdown, type SyntheticRecord } from './generate.ts';

import { SITE_FILES } from '../../scripts/lib/project-copy.ts';

/**
 * Gives `dir` its own node_modules folder whose entries are symlinks into
 * `from`. A symlink to the whole folder would share Astro's cache
 * (node_modules/.astro, which keeps rendered content between builds) and
 * Vite's, with the real project and with every other copy.
 */
export function linkNodeModules(from: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(from, entry), join(target, entry));
  }
}

/** Removes everything one build leaves for the next: output and every cache. */
export function cleanBuildState(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}

/** Revision auto-linking in a copy: whole, gone, or without the pre-build check pass. */
export type Autolink = 'on' | 'off' | 'no-prepass';

export interface OurSiteOptions {
  /** The project to copy (the repository root). */
  root: string;
  dir: string;
  records: readonly SyntheticRecord[];
  autolink?: Autolink;
}

const PLUGIN = /referenceLinks\(\{[^}]*\}\)\s*,?\s*/;
const PREPASS = /^[ \t]*checkMarkdownReferences\([^)]*\);?[ \t]*$/m;

/** Whether a config still runs the pre-build reference check pass (older versions of the site did). */
export function hasPrepass(config: string): boolean {
  return PREPASS.test(config);
}

/**
 * Auto-linking off, by a string edit of the copied astro.config.mjs (src/ is
 * never touched): 'off' removes the `referenceLinks(...)` entry from
 * `mdastPlugins` and, where the config has it, the pre-build
 * `checkMarkdownReferences(...)` pass that ran the same transform over every
 * Markdown file; 'no-prepass' removes that pass alone. Throws when the config
 * no longer has what it removes, so a changed config cannot silently measure nothing.
 */
export function editAutolinking(config: string, autolink: Autolink): string {
  if (autolink === 'on') return config;
  if (autolink === 'no-prepass' && !hasPrepass(config)) {
    throw new Error(
      'astro.config.mjs has no checkMarkdownReferences(...) call to remove: update bench/lib/site.ts',
    );
  }
  const edited = config.replace(PREPASS, '// (bench: checkMarkdownReferences removed)');
  if (autolink === 'no-prepass') return edited;
  if (!PLUGIN.test(edited)) {
    throw new Error(
      'astro.config.mjs has no referenceLinks({...}) entry to remove: update bench/lib/site.ts',
    );
  }
  return edited.replace(PLUGIN, '');
}

/** A copy of the site with `records` added to its change records, ready to build. */
export function prepareOurSite({ root, dir, records, autolink = 'on' }: OurSiteOptions): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of SITE_FILES) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(root, 'node_modules'), dir);
  const changes = join(dir, 'content/changes/base');
  mkdirSync(changes, { recursive: true });
  for (const record of records) {
    const file = join(changes, `r${String(record.revision)}.md`);
    if (existsSync(file)) throw new Error(`synthetic record ${file} collides with a real one`);
    writeFileSync(file, toChangeMarkdown(record));
  }
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(config, editAutolinking(readFileSync(config, 'utf8'), autolink));
}
