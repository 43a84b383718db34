// The ForceAtlas2 parameters a user may set in the Layout menu, over the ones inferred from the graph.

/** What the Layout menu sets; a parameter left out keeps the value inferred for the graph (forceAtlasSettings). */
export interface LayoutParams {
  /** Pull towards the centre: more keeps islands close, less lets the graph spread. */
  gravity?: number;
  /** Repulsion between nodes: more spreads the graph out. */
  scalingRatio?: number;
  /** LinLog: tighter clusters, further apart. */
  linLogMode?: boolean;
  /** Gravity that grows with distance: no node drifts away. */
  strongGravityMode?: boolean;
}

/** Bounds of the numeric parameters: ForceAtlas2 misbehaves (NaN positions, no movement) outside them. */
export const LAYOUT_PARAM_RANGE = { gravity: { min: 0, max: 100 }, scalingRatio: { min: 0.01, max: 1000 } } as const;

/**
 * A number typed into the Layout menu as a parameter: undefined (inferred) when empty, out of range or not a number.
 */
export function parseLayoutNumber(text: string, key: keyof typeof LAYOUT_PARAM_RANGE): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  const { min, max } = LAYOUT_PARAM_RANGE[key];
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** `base` (the graph's inferred settings) with the parameters the user set. */
export function withLayoutParams<T extends object>(base: T, params: LayoutParams): T & LayoutParams {
  const set = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as LayoutParams;
  return { ...base, ...set };
}
