import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time of every thread's profile. */
  totalMs: number;
  /** Self time by group, most first. */
  groups: { name: string; ms: number }[];
  /** Self time by module (a package, or a file of ours), most first. */
  modules: { name: string; ms: number }[];
}

/**
 * Code that owns its callees' time: a library called from one of these
 * (yaml from content validation, htmlparser2 from the site checks,
 * Shiki from Sätteri) counts there, by the nearest such frame on the stack.
 * Patterns match `where` a frame's code lives: src/… of the project, npm:<package>/….
 */
const OWNERS: [string, RegExp][] = [
  [
    'ours: content validation',
    /^src\/(schemas\/|loaders\/content-|lib\/frontmatter|integrations\/content\.)/,
  ],
  ['ours: registry and references', /^src\/lib\/(registry|references)/],
  ['ours: site checks', /^src\/(lib\/site-check|integrations\/(site-checks|after-build|finish-and-check))/],
  ['Pagefind (our integration, its Node API)', /^src\/integrations\/(pagefind|glossary)|^npm:pagefind\//],
  ['ours: search bundle (esbuild)', /^src\/integrations\/search-bundle|^npm:esbuild\//],
  ['ours: git dates', /^src\/loaders\/git/],
  [
    'Sätteri / Markdown (our plugins, Shiki)',
    /^npm:(satteri|@astrojs\/markdown|shiki|@shikijs)|^src\/plugins\//,
  ],
];

/** Where other code's own time goes. */
const GROUPS: [string, RegExp][] = [
  ['idle: waiting on native threads, child processes, I/O', /^native:\(idle\)$/],
  ['V8: garbage collection', /^native:\(garbage collector\)$/],
  ['V8: native code, compiling (program)', /^native:\(program\)$/],
  ['Vite bundle (Vite, Rolldown, Astro compiler)', /^npm:(vite|rolldown|@rolldown|@astrojs\/compiler)\//],
  [
    'Astro render (runtime; our pages, components, queries as built)',
    /^npm:astro\/dist\/runtime\/|^(src|dist)\//,
  ],
  ['Astro core (config, content layer, build)', /^npm:astro\//],
  ['Node.js internals and builtins (modules, fs, streams)', /^node:|^internal\/|^native:/],
];

/** Module of a `where`: the package (Astro by its dist/ folder), the project's file, or the built chunk. */
function moduleOf(where: string): string {
  const pkg = /^npm:(astro\/dist\/[^/]+|(?:@[^/]+\/)?[^/]+)/.exec(where)?.[1];
  if (pkg) return pkg.replace('/dist', '');
  if (/^node:|^internal\//.test(where)) return 'node internals';
  return where
    .replace(/^native:/, '')
    .replace(/^dist\/(\.prerender\/)?/, 'built: ')
    .slice(0, 60);
}

/** Self time by group and module, summed over every .cpuprofile in `dir`. */
export function summarizeProfiles(dir: string, root: string): ProfileSummary {
  const project = `${pathToFileURL(root).href}/`;
  const where = (url: string): string =>
    url.includes('/node_modules/')
      ? `npm:${url.slice(url.lastIndexOf('/node_modules/') + 14)}`
      : url.replace(project, '');
  const groups = new Map<string, number>();
  const modules = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number): void => {
    map.set(key, (map.get(key) ?? 0) + ms);
  };
  let totalMs = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const self = new Map<number, number>();
    profile.samples.forEach((id, index) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
    );
    // Nodes come parent first. Each inherits its parent's owner unless it is one itself; Node's own
    // code and builtins (fs, module loading, Request objects) count where their nearest caller does.
    const owner = new Map<number, string>();
    const caller = new Map<number, string>();
    const at = (node: CpuProfile['nodes'][number]): string =>
      node.callFrame.url ? where(node.callFrame.url) : `native:${node.callFrame.functionName}`;
    for (const node of profile.nodes) {
      const own = OWNERS.find(([, pattern]) => pattern.test(at(node)))?.[0] ?? owner.get(node.id);
      const internal = /^node:|^internal\/|^native:(?!\((idle|garbage collector|program)\))/.test(at(node));
      const from = internal ? (caller.get(node.id) ?? at(node)) : at(node);
      caller.set(node.id, from);
      for (const child of node.children ?? []) {
        caller.set(child, from);
        if (own) owner.set(child, own);
      }
      if (own) owner.set(node.id, own);
    }
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (ms === 0) continue;
      const group =
        owner.get(node.id) ?? GROUPS.find(([, pattern]) => pattern.test(caller.get(node.id) ?? ''))?.[0];
      totalMs += ms;
      add(groups, group ?? 'other packages', ms);
      add(modules, moduleOf(at(node)), ms);
    }
  }
  const sorted = (map: Map<string, number>, count: number): { name: string; ms: number }[] =>
    [...map]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, count);
  return { totalMs, groups: sorted(groups, 20), modules: sorted(modules, 20) };
}
