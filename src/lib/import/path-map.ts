/**
 * The path map (content/data/xen-paths.json): which paths of a repository
 * are Xen's, and the topics a commit touching them belongs to. Globs follow
 * git's `:(glob)` pathspec magic, so that git selects exactly the commits
 * this module matches: `*` and `?` stay within one path segment, `**`
 * spans segments, `[…]` is a character class.
 */

export interface PathRule {
  readonly glob: string;
  readonly topics: readonly string[];
}

export interface CompiledRule extends PathRule {
  readonly pattern: RegExp;
}

/** Turns a glob into an anchored regular expression with git's `:(glob)` meaning. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] ?? '';
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function compileRules(rules: readonly PathRule[]): CompiledRule[] {
  return rules.map((rule) => ({ ...rule, pattern: globToRegExp(rule.glob) }));
}

/** The files among `files` that some rule matches, in their order. */
export function xenFiles(rules: readonly CompiledRule[], files: readonly string[]): string[] {
  return files.filter((file) => rules.some((rule) => rule.pattern.test(file)));
}

/** The topics of the rules that match any of the files, in the order of the rules, each once. */
export function topicsOf(rules: readonly CompiledRule[], files: readonly string[]): string[] {
  const topics: string[] = [];
  for (const rule of rules)
    if (files.some((file) => rule.pattern.test(file)))
      for (const topic of rule.topics) if (!topics.includes(topic)) topics.push(topic);
  return topics;
}

/** The rules' globs as git pathspecs with the `:(glob)` magic. */
export function pathspecs(rules: readonly PathRule[]): string[] {
  return [...new Set(rules.map((rule) => `:(glob)${rule.glob}`))];
}

/** The globs that match none of `files` (the repository's paths): a rule that selects nothing is a mistake. */
export function unmatchedGlobs(rules: readonly CompiledRule[], files: Iterable<string>): string[] {
  const unmatched = new Set(rules.map((rule) => rule.glob));
  for (const file of files) {
    for (const rule of rules)
      if (unmatched.has(rule.glob) && rule.pattern.test(file)) unmatched.delete(rule.glob);
    if (unmatched.size === 0) break;
  }
  return [...unmatched];
}
