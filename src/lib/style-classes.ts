/**
 * Turns inline style attributes into class names with a stylesheet, so pages
 * need no inline styles (which a strict Content Security Policy forbids).
 * Each distinct declaration list gets one class, named by a short hash of it.
 */
export class StyleClasses {
  readonly #rules = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The class for a style attribute value, recording its rule. */
  classFor(style: string): string {
    const declarations = style
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(';');
    const name = `${this.prefix}${fnv1a(declarations)}`;
    const existing = this.#rules.get(name);
    if (existing !== undefined && existing !== declarations) {
      throw new Error(`style class collision: ${name} stands for both "${existing}" and "${declarations}"`);
    }
    this.#rules.set(name, declarations);
    return name;
  }

  get size(): number {
    return this.#rules.size;
  }

  /** The stylesheet, rules sorted by class name so every build writes the same bytes. */
  css(): string {
    return [...this.#rules]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, declarations]) => `.${name}{${declarations}}`)
      .join('\n');
  }
}

/** 32-bit FNV-1a as 8 hex digits: short, stable names. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
