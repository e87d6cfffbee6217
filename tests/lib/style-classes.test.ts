import { describe, expect, it } from 'vitest';
import { fnv1a, StyleClasses } from '../../src/lib/style-classes.ts';

describe('StyleClasses', () => {
  it('gives each distinct declaration list one class, whatever its spacing', () => {
    const classes = new StyleClasses('c');
    const a = classes.classFor('--shiki-light:#fff; --shiki-dark:#000');
    expect(classes.classFor('--shiki-light:#fff;--shiki-dark:#000;')).toBe(a);
    expect(classes.classFor('--shiki-light:#eee')).not.toBe(a);
    expect(classes.size).toBe(2);
  });

  it('writes a stylesheet sorted by class name, the same bytes every time', () => {
    const one = new StyleClasses('c');
    const two = new StyleClasses('c');
    one.classFor('color:red');
    one.classFor('color:blue');
    two.classFor('color:blue');
    two.classFor('color:red');
    expect(one.css()).toBe(two.css());
    expect(one.css()).toMatch(/^\.c[0-9a-f]{8}\{color:(red|blue)\}\n\.c[0-9a-f]{8}\{color:(red|blue)\}$/);
  });

  it('hashes text to eight hexadecimal digits (FNV-1a)', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
