// The sliced data path for large datasets gives exactly what the one-block path gives: deduplicated quads, the same
// encoding, the same rendering graph; slices really yield; data changes run one at a time, in order.
import { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildEntityGraph } from '../../../src/explorer/core/data/entity-graph';
import { QuadSet } from '../../../src/explorer/core/data/quad-set';
import { decodeQuads, encodeQuads, encodeQuadsSliced } from '../../../src/explorer/core/data/quad-codec';
import { DEFAULT_SETTINGS } from '../../../src/explorer/settings';
import { placeNodes } from '../../../src/explorer/view/initial-layout';
import {
  buildRenderGraph,
  fillRenderGraphSliced,
  sizeRange,
  type RenderGraph,
} from '../../../src/explorer/view/rendering-graph';
import { ChangeQueue, forEachSliced, SliceClock } from '../../../src/explorer/view/slices';
import { quadKey } from '../../../src/rdf/term-key';
import { fixtureQuads } from '../fixture';

const { quad, namedNode, literal, blankNode } = DataFactory;

/** A clock whose every check says "time to yield", counting the yields. */
function eagerClock(): SliceClock & { yields: number } {
  const clock = new SliceClock(0, async () => {
    clock.yields++;
  }) as SliceClock & { yields: number };
  clock.yields = 0;
  return clock;
}

function synthetic(n: number): Quad[] {
  const out: Quad[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      quad(
        namedNode(`http://ex.org/n${i}`),
        namedNode('http://www.w3.org/2000/01/rdf-schema#label'),
        literal(`Node ${i}`, 'en'),
      ),
    );
    out.push(
      quad(
        namedNode(`http://ex.org/n${i}`),
        namedNode(`http://ex.org/p${i % 3}`),
        namedNode(`http://ex.org/n${(i * 7) % n}`),
      ),
    );
    out.push(
      quad(
        namedNode(`http://ex.org/n${i}`),
        namedNode('http://ex.org/q'),
        blankNode(`b${i % 5}`),
        namedNode(`http://ex.org/g${i % 2}`),
      ),
    );
  }
  return out;
}

describe('forEachSliced', () => {
  it.each([
    ['empty', 0, 0],
    ['shorter than a stride', 10, 0],
    ['several strides', 1000, 3],
  ])('%s: visits every item once, in order, yielding between strides', async (_name, n, yields) => {
    const seen: number[] = [];
    const clock = eagerClock();
    const progress: number[] = [];
    await forEachSliced(
      Array.from({ length: n }, (_, i) => i),
      (item, index) => {
        expect(index).toBe(item);
        seen.push(item);
      },
      clock,
      (done) => progress.push(done),
      256,
    );
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(clock.yields).toBe(yields);
    if (n > 0) expect(progress[progress.length - 1]).toBe(n);
  });
});

describe('QuadSet sliced', () => {
  const quads = [...synthetic(800), ...synthetic(800).slice(0, 1200)]; // a third of the input repeats
  it.each([
    ['replace', (set: QuadSet, c: SliceClock) => set.replaceSliced(quads, c), (set: QuadSet) => set.replace(quads)],
    [
      'merge onto data',
      async (set: QuadSet, c: SliceClock) => {
        set.replace(synthetic(100));
        return set.mergeSliced(quads, c);
      },
      (set: QuadSet) => {
        set.replace(synthetic(100));
        return set.merge(quads);
      },
    ],
  ])('%s gives the same list as the one-block call, and yields', async (_name, sliced, whole) => {
    const clock = eagerClock();
    const a = new QuadSet();
    const b = new QuadSet();
    const got = await sliced(a, clock);
    expect(got).toEqual(whole(b));
    expect(got).toHaveLength(new Set([...b.quads, ...quads].map(quadKey)).size);
    expect(new Set(got.map(quadKey)).size).toBe(got.length);
    expect(a.quads).toBe(got);
    expect(clock.yields).toBeGreaterThan(0);
  });

  it('reports its progress at every pause, rising and below 1 (the bar keeps moving while quads are keyed)', async () => {
    const clock = eagerClock();
    const progress: number[] = [];
    await new QuadSet().replaceSliced(quads, clock, (f) => progress.push(f));
    expect(progress).toHaveLength(clock.yields);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f, i) => f > 0 && f < 1 && (i === 0 || f > (progress[i - 1] ?? 1)))).toBe(true);
  });
});

describe('encodeQuadsSliced', () => {
  it.each([[1], [7], [100_000]])(
    'slices of %i give the same encoding, which decodes to the same quads',
    async (sliceSize) => {
      const quads = synthetic(300);
      let yields = 0;
      const encoded = await encodeQuadsSliced(quads, {
        sliceSize,
        yieldTo: async () => {
          yields++;
        },
      });
      const whole = encodeQuads(quads);
      expect(encoded.ids).toBe(whole.ids);
      expect([...encoded.idLengths]).toEqual([...whole.idLengths]);
      expect([...encoded.quads]).toEqual([...whole.quads]);
      expect(yields).toBe(Math.ceil(quads.length / sliceSize) - 1);
      expect((await decodeQuads(encoded)).every((q, i) => q.equals(quads[i]))).toBe(true);
    },
  );
});

describe('fillRenderGraphSliced', () => {
  it.each([
    ['the fixture', fixtureQuads()],
    ['a synthetic graph', synthetic(600)],
  ])('%s: same nodes, edges, order and attributes as buildRenderGraph by degree', async (_name, quads) => {
    const { graph, predicateLabels } = buildEntityGraph(quads);
    const { positions } = placeNodes(graph, new Map());
    const expected = buildRenderGraph(graph, positions, 'degree', DEFAULT_SETTINGS, predicateLabels);
    const filled: RenderGraph = new MultiDirectedGraph();
    const fractions: number[] = [];
    const clock = eagerClock();
    await fillRenderGraphSliced(filled, graph, positions, DEFAULT_SETTINGS, clock, predicateLabels, (f) =>
      fractions.push(f),
    );
    expect(filled.export()).toEqual(expected.export());
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
  });
});

describe('sizeRange', () => {
  const { minNodeSize: min, maxNodeSize: max } = DEFAULT_SETTINGS;
  it.each([
    [0, min, max],
    [300, min, max],
    [2_000, min, max],
    [8_000, Math.max(1, min / 2), max / 2],
    [200_000, 1, 2],
  ])('%i nodes -> [%f, %f]: the settings range on small graphs, smaller discs on big ones', (order, lo, hi) => {
    const [a, b] = sizeRange(order, DEFAULT_SETTINGS);
    expect(a).toBeCloseTo(lo, 6);
    expect(b).toBeCloseTo(hi, 6);
  });
});

describe('ChangeQueue', () => {
  it('runs an immediate change synchronously when nothing is queued', () => {
    const queue = new ChangeQueue();
    let ran = false;
    void queue.run(async () => {
      ran = true;
    }, true);
    expect(ran).toBe(true);
  });

  it('runs changes one at a time in call order, even an immediate one queued behind a slow one; a failure does not stop the next', async () => {
    const queue = new ChangeQueue();
    const log: string[] = [];
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    const slow = queue.run(async () => {
      log.push('slow start');
      await tick();
      log.push('slow end');
    }, false);
    const failing = queue.run(async () => {
      log.push('failing');
      throw new Error('boom');
    }, true);
    const small = queue.run(async () => {
      log.push('small');
    }, true);
    expect(log).toEqual([]);
    await slow;
    await expect(failing).rejects.toThrow('boom');
    await small;
    expect(log).toEqual(['slow start', 'slow end', 'failing', 'small']);
    let ran = false;
    void queue.run(async () => {
      ran = true;
    }, true);
    expect(ran).toBe(true);
  });
});
