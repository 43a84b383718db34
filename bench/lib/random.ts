// Seeded pseudo-random numbers, so every bench run generates byte-identical synthetic graphs.

/** mulberry32: tiny, fast and good enough for picking synthetic links; same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in [0, size) skewed towards 0, so a few entities become hubs as in real graphs. */
export function skewedIndex(random: () => number, size: number): number {
  const r = random();
  return Math.min(size - 1, Math.floor(size * r * r));
}
