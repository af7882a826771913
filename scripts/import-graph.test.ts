import { describe, expect, it } from 'vitest';
import { findImportCycles, type ImportGraph } from './import-graph.ts';

const graph = (edges: Record<string, string[] | undefined>): ImportGraph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, to ?? []]));

describe('findImportCycles', () => {
  it.each([
    { name: 'a chain', edges: { a: ['b'], b: ['c'], c: [] }, cycles: [] },
    { name: 'a pair', edges: { a: ['b'], b: ['a'] }, cycles: [['a', 'b']] },
    { name: 'a self-import', edges: { a: ['a'] }, cycles: [['a']] },
    { name: 'a triangle', edges: { a: ['b'], b: ['c'], c: ['a'] }, cycles: [['a', 'b', 'c']] },
    {
      name: 'two separate cycles',
      edges: { a: ['b'], b: ['a'], c: ['d'], d: ['c'], e: ['a', 'c'] },
      cycles: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    { name: 'a diamond without a cycle', edges: { a: ['b', 'c'], b: ['d'], c: ['d'] }, cycles: [] },
    { name: 'an import of a file outside the graph', edges: { a: ['x'] }, cycles: [] },
  ])('$name', ({ edges, cycles }) => {
    expect(findImportCycles(graph(edges))).toEqual(cycles);
  });
});
