import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load, tableCells } from '../../scripts/lib/html.ts';

/** The talk's two tables, from its text (tests/fixtures/talk-tables.txt). */
function talkTable(name: string): string[][] {
  const lines = readFileSync('tests/fixtures/talk-tables.txt', 'utf8').split('\n');
  const start = lines.indexOf(`[${name}]`) + 1;
  const end = lines.findIndex((line, index) => index >= start && (line.startsWith('[') || line === ''));
  return lines.slice(start, end).map((line) => line.split('\t'));
}

const yesNo = (cell: string): string => cell.toUpperCase().replace(/[^A-Z]/g, '');

describe('the guest-support matrix on /topics/guest-support/', () => {
  const page = load('/topics/guest-support/');
  const table = page.querySelector('table');
  const built = table ? tableCells(table) : [];
  const talk = talkTable('guest-support');

  it('has the talk’s columns in order, keeping the PVH* mark', () => {
    expect(built[0]?.slice(1)).toEqual(talk[0]?.slice(1));
  });

  it('has every YES and NO exactly as the talk, row by row', () => {
    const rows = built.slice(1).map(([os = '', ...cells]) => [os, ...cells.map(yesNo)]);
    expect(rows).toEqual(talk.slice(1));
  });

  it('is accessible markup: a caption and scoped header cells', () => {
    expect(table?.querySelector('caption')?.textContent.trim()).toBeTruthy();
    // As many as the talk's table has: its header row, and its first column.
    expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(talk[0]?.length ?? 0);
    expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(talk.length - 1);
  });

  it('explains the PVH* mark under the table', () => {
    expect(page.querySelector('main')?.textContent).toMatch(/\*[^*]*asterisk/);
  });
});

describe('the virtualization spectrum on /topics/virtualization-modes/', () => {
  const page = load('/topics/virtualization-modes/');
  const table = page.querySelector('table');
  const built = table ? tableCells(table) : [];
  const talk = talkTable('virtualization-spectrum');

  it('has the talk’s columns in order', () => {
    expect(built[0]?.slice(1)).toEqual(talk[0]?.slice(1));
  });

  it('has every VS, VH and PV as the talk, with the PV row’s colour-only cell read as PV and marked', () => {
    const expected = talk.slice(1).map((row) => row.map((cell) => (cell === 'Yellow' ? 'PV†' : cell)));
    expect(built.slice(1)).toEqual(expected);
    expect(page.querySelector('main')?.textContent).toMatch(/†[^†]*yellow/i);
  });

  it('gives a legend for VS, VH and PV in words', () => {
    const legend = page.querySelector('main')?.textContent ?? '';
    for (const meaning of [
      /VS\s*Software virtuali[sz]ation/,
      /VH\s*Hardware virtuali[sz]ation/,
      /PV\s*Paravirtuali[sz]ed/,
    ]) {
      expect(legend).toMatch(meaning);
    }
  });

  it('never carries meaning by colour alone: every cell shows its abbreviation as text', () => {
    for (const cell of table?.querySelectorAll('td') ?? [])
      expect(cell.textContent.trim()).toMatch(/^(VS|VH|PV)†?$/);
  });
});
