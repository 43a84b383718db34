// Deterministic seed positions: one cluster per kind on a ring, nodes on a sunflower spiral ordered by a hash.
import { ENTITY_KINDS, type EntityKind } from './kinds';
import type { KgGraph } from './to-graph';

export interface Position {
  x: number;
  y: number;
}

export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** FNV-1a over UTF-16 code units, 32-bit: stable across runs, platforms and insertion orders. */
export function hashKey(key: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Seed positions for every node: same graph, same picture, on every load. Kinds sit apart on a ring so
 * ForceAtlas2 starts from a readable arrangement; within a kind, nodes spiral out from the cluster centre.
 */
export function seedPositions(graph: KgGraph, seed = 0x811c9dc5): Map<string, Position> {
  const byKind = new Map<EntityKind, string[]>();
  graph.forEachNode((key, attrs) => {
    let list = byKind.get(attrs.kind);
    if (!list) byKind.set(attrs.kind, (list = []));
    list.push(key);
  });
  const present = ENTITY_KINDS.filter((k) => byKind.has(k));
  const spacing = 1;
  const largest = Math.max(1, ...[...byKind.values()].map((l) => l.length));
  // Ring radius large enough that the biggest cluster's spiral (radius ~ sqrt(n)) does not reach its neighbours.
  const ring = present.length > 1 ? (2 * spacing * Math.sqrt(largest)) / Math.sin(Math.PI / present.length) : 0;
  const positions = new Map<string, Position>();
  present.forEach((kind, k) => {
    const angle = (2 * Math.PI * k) / present.length;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    const keys = (byKind.get(kind) ?? [])
      .map((key) => ({ key, h: hashKey(key, seed) }))
      .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    keys.forEach(({ key }, i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      const theta = i * GOLDEN_ANGLE;
      positions.set(key, { x: cx + r * Math.cos(theta), y: cy + r * Math.sin(theta) });
    });
  });
  return positions;
}

/** Writes the seed positions into the nodes' x / y attributes and returns the graph. */
export function seedLayout(graph: KgGraph, seed?: number): KgGraph {
  const positions = seedPositions(graph, seed);
  graph.updateEachNodeAttributes((key, attrs) => {
    const p = positions.get(key) as Position;
    return { ...attrs, x: p.x, y: p.y };
  });
  return graph;
}
