// QuadSet: distinct quads in first-seen order; a merge appends only what is new and leaves earlier lists untouched.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { QuadSet } from '../../../../src/explorer/core/data/quad-set';
import { layoutApplies } from '../../../../src/explorer/view/initial-layout';
import { DEFAULT_SETTINGS } from '../../../../src/explorer/settings';

const { quad, namedNode, literal } = DataFactory;
const q = (s: string, o: string) => quad(namedNode('http://ex.org/' + s), namedNode('http://ex.org/p'), literal(o));

describe('QuadSet', () => {
  it.each([
    ['replace drops duplicates', [[q('a', '1'), q('a', '1'), q('b', '2')]], 2],
    ['merge appends only new quads', [[q('a', '1')], [q('a', '1'), q('c', '3')]], 2],
    [
      'a literal with another language is another quad',
      [[q('a', '1')], [quad(namedNode('http://ex.org/a'), namedNode('http://ex.org/p'), literal('1', 'fr'))]],
      2,
    ],
  ])('%s', (_name, batches, expected) => {
    const set = new QuadSet();
    const [first = [], ...rest] = batches;
    let list = set.replace(first);
    for (const batch of rest) list = set.merge(batch);
    expect(list).toHaveLength(expected);
    expect(set.quads).toBe(list);
  });

  it('returns a new list on merge, so a caller holding the old one does not see it change', () => {
    const set = new QuadSet();
    const first = set.replace([q('a', '1')]);
    set.merge([q('b', '2')]);
    expect(first).toHaveLength(1);
  });
});

describe('layoutApplies', () => {
  it.each([
    [0, false],
    [1, true],
    [DEFAULT_SETTINGS.initialLayoutMaxNodes, true],
    [DEFAULT_SETTINGS.initialLayoutMaxNodes + 1, false],
  ])('%i nodes -> %s (noverlap and ForceAtlas2 stay off big graphs)', (order, expected) => {
    expect(layoutApplies(order, DEFAULT_SETTINGS)).toBe(expected);
  });
});
