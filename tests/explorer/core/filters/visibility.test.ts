// Filters -> visible nodes and edges: classes, predicates, SDG goal, focus on the selection's neighbourhood.
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../../src/explorer/core/data/entity-graph';
import { computeVisibility, countByKind } from '../../../../src/explorer/core/filters/visibility';
import { goalOf, sdgGoals } from '../../../../src/explorer/core/filters/sdg';
import { NO_FILTERS, type FiltersState } from '../../../../src/explorer/core/filters/types';
import {
  setFocusHops,
  setKindVisible,
  setPredicateVisible,
  setSdgGoal,
} from '../../../../src/explorer/core/filters/producers';
import { fixtureQuads, ID, OKG, SDG } from '../../fixture';

const { graph } = buildEntityGraph(fixtureQuads());
const all = new Set(graph.nodes());

function visible(filters: Partial<FiltersState>, selected: string | null = null) {
  return computeVisibility(graph, { ...NO_FILTERS, ...filters }, selected);
}

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = visible({});
    expect(v.nodes).toEqual(all);
    expect(v.edges.size).toBe(graph.size);
  });

  it('hides a class and the edges that touch it', () => {
    const v = visible({ hiddenKinds: ['partner'] });
    expect(v.nodes.has(ID + 'iom')).toBe(false);
    expect(v.nodes.has(ID + 'odihr')).toBe(true);
    for (const e of v.edges) expect([graph.source(e), graph.target(e)]).not.toContain(ID + 'iom');
  });

  it('hides a predicate but keeps the nodes', () => {
    const v = visible({ hiddenPredicates: [OKG + 'partnersWith'] });
    expect(v.nodes.has(ID + 'iom')).toBe(true);
    expect([...v.edges].some((e) => graph.getEdgeAttribute(e, 'predicate') === OKG + 'partnersWith')).toBe(false);
  });

  it('keeps only the contributors to an SDG goal', () => {
    const v = visible({ sdgGoal: '10' });
    expect([...v.nodes].sort()).toEqual([ID + 'odihr', SDG + '10', SDG + '10.7'].sort());
    expect(visible({ sdgGoal: '16' }).nodes).toEqual(new Set([ID + 'unhcr', SDG + '16.2']));
  });

  const focus: [number, string[]][] = [
    [1, ['osce', 'odihr', 'mc']],
    [2, ['osce', 'odihr', 'mc', 'iom', 'mc-dec-3-16']],
  ];
  it.each(focus)('focus %i hop(s) around the OSCE', (hops, expected) => {
    const v = visible({ focusHops: hops }, ID + 'osce');
    for (const k of expected) expect(v.nodes.has(ID + k)).toBe(true);
    expect(v.nodes.has(ID + 'unhcr')).toBe(false);
  });

  it('ignores focus without a selection', () => {
    expect(visible({ focusHops: 2 }).nodes).toEqual(all);
  });
});

describe('filter producers', () => {
  it('return the same object when nothing changes, a new one otherwise', () => {
    expect(setKindVisible('body', true)(NO_FILTERS)).toBe(NO_FILTERS);
    const hidden = setKindVisible('body', false)(NO_FILTERS);
    expect(hidden.hiddenKinds).toEqual(['body']);
    expect(setKindVisible('body', false)(hidden)).toBe(hidden);
    expect(setPredicateVisible(OKG + 'x', false)(NO_FILTERS).hiddenPredicates).toEqual([OKG + 'x']);
    expect(setSdgGoal(null)(NO_FILTERS)).toBe(NO_FILTERS);
    expect(setFocusHops(2.7)(NO_FILTERS).focusHops).toBe(2);
  });
});

describe('SDG goals and counts', () => {
  it('reads goals from notations and IRIs', () => {
    expect(sdgGoals(graph)).toEqual(['10', '16']);
    expect(goalOf(graph.getNodeAttributes(SDG + '10.7'))).toBe('10');
    expect(goalOf(graph.getNodeAttributes(ID + 'odihr'))).toBeNull();
  });
  it('counts nodes per kind', () => {
    const counts = countByKind(graph);
    expect(counts.get('body')).toBe(3);
    expect(counts.get('partner')).toBe(2);
  });
});
