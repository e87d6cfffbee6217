/**
 * The validated content, handed from the content integration (which reads
 * and checks it, src/integrations/content.ts) to the loaders, the Markdown
 * transform and the pages; and the problems the loaders meet rendering
 * Markdown bodies, collected from every collection before the build stops.
 * Astro evaluates astro.config.mjs and the site's modules in separate module
 * graphs of one process, so the hand-over is a single slot on globalThis
 * rather than a module variable.
 */
import { ContentError, isContentError, type ContentProblem } from '../lib/content-error.ts';
import type { Validated } from '../schemas/validate.ts';

interface Slot {
  current: Validated | ContentError | undefined;
  /** Counts publications, so the integration can tell whether the loaders have seen the newest. */
  version: number;
  /** The version each collection last loaded. */
  loaded: Map<string, number>;
  /** Problems rendering the bodies of each collection, from its last load. */
  rendering: Map<string, readonly ContentProblem[]>;
}

declare global {
  // `var` is how a global is declared for TypeScript; the slot is the only one the site adds.
  var freebsdOnXenContent: Slot | undefined;
}

function slot(): Slot {
  globalThis.freebsdOnXenContent ??= {
    current: undefined,
    version: 0,
    loaded: new Map(),
    rendering: new Map(),
  };
  return globalThis.freebsdOnXenContent;
}

/** Publishes a new validation: content without problems, or the error that lists them. */
export function publishContent(result: Validated | ContentError): void {
  const state = slot();
  state.current = result;
  state.version += 1;
}

/** The version a loader is about to store; the loader reports it back once stored (markLoaded). */
export function contentVersion(): number {
  return slot().version;
}

export function markLoaded(collection: string, version: number): void {
  slot().loaded.set(collection, version);
}

/** Whether every collection has stored the newest content. */
export function loadedEverywhere(): boolean {
  const { version, loaded } = slot();
  return [...loaded.values()].every((seen) => seen === version);
}

/** The content as validated, for the loaders; throws the content error while validation fails. */
export function validatedContent(): Validated {
  const { current } = slot();
  if (isContentError(current)) throw current;
  if (!current)
    throw new Error('the content integration has not run: is contentIntegration() in astro.config.mjs?');
  return current;
}

/** Records what went wrong rendering one collection's bodies (nothing, once they render). */
export function reportRendering(collection: string, problems: readonly ContentProblem[]): void {
  slot().rendering.set(collection, problems);
}

/** Every problem met rendering bodies, across collections. */
export function renderingProblems(): ContentProblem[] {
  return [...slot().rendering.values()].flat();
}

/** The content for pages and the Markdown transform; throws while anything in it has problems. */
export function currentContent(): Validated {
  const content = validatedContent();
  const problems = renderingProblems();
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
