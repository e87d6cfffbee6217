import { describe, expect, it } from 'vitest';
import {
  CHANGE_INDEX,
  entryPageCount,
  loadsEagerly,
  namesCommit,
  needsChanges,
} from '../../../src/lib/search/change-index.ts';

describe('namesCommit', () => {
  it.each([
    ['r294442', true],
    ['R294442', true],
    ['294442', true],
    ['65f22cc', true],
    ['65F22CCF8247', true],
    ['65f22ccf8247abcdef', true],
    ['r0', false],
    ['0', false],
    ['65f22c', false],
    ['deadbeefdeadbeefdeadbeefdeadbeefdeadbeef0', false],
    ['blkfront', false],
    ['xen_cmdline', false],
    ['4.6', false],
    ['facade', false],
    ['acceded', false],
  ])('reads %j as naming a commit: %s', (word, expected) => {
    expect(namesCommit(word)).toBe(expected);
  });
});

describe('needsChanges', () => {
  it.each([
    { query: 'multiqueue', filters: {}, expected: false },
    { query: null, filters: {}, expected: false },
    { query: 'netfront r294442', filters: {}, expected: true },
    { query: 'the 294442 fix', filters: {}, expected: true },
    { query: 'netfront', filters: { kind: 'Change' }, expected: true },
    { query: 'netfront', filters: { repository: 'base' }, expected: true },
    { query: 'netfront', filters: { topic: 'Netfront', kind: '' }, expected: true },
    { query: 'netfront', filters: { kind: 'Topic' }, expected: false },
    { query: 'netfront', filters: { kind: 'Topic', topic: 'Netfront' }, expected: false },
    { query: 'netfront', filters: { kind: '', topic: '' }, expected: false },
  ])('for $query with filters $filters: $expected', ({ query, filters, expected }) => {
    expect(needsChanges(query, filters)).toBe(expected);
  });
});

describe('loadsEagerly', () => {
  it('loads a small change index with the pages index and a large one only when needed', () => {
    expect(loadsEagerly(0)).toBe(true);
    expect(loadsEagerly(CHANGE_INDEX.eagerUpTo)).toBe(true);
    expect(loadsEagerly(CHANGE_INDEX.eagerUpTo + 1)).toBe(false);
  });
});

describe('entryPageCount', () => {
  it.each([
    [{ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 38 } } }, 38],
    [{ languages: { en: { page_count: 0 } } }, 0],
    [{ languages: { de: { page_count: 3 } } }, undefined],
    [{ languages: { en: { page_count: '3' } } }, undefined],
    [{ languages: { en: {} } }, undefined],
    [{ languages: null }, undefined],
    [{}, undefined],
    [null, undefined],
    ['38', undefined],
  ])('reads %j as %s pages', (entry, expected) => {
    expect(entryPageCount(entry)).toBe(expected);
  });
});
