// Seeded pseudo-random numbers: the same seed gives the same sequence, so a layout (or a benchmark's synthetic graph)
// never varies from one run to the next.

/** mulberry32: tiny, fast and good enough for visiting order and synthetic links; same seed, same sequence. */
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
