// Seeded pseudo-random helpers, so every bench run generates byte-identical synthetic graphs (the generator itself
// is the one the explorer's community layout uses, src/kg/seeded-random.ts).

/** An index in [0, size) skewed towards 0, so a few entities become hubs as in real graphs. */
export function skewedIndex(random: () => number, size: number): number {
  const r = random();
  return Math.min(size - 1, Math.floor(size * r * r));
}
