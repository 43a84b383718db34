// One typed settings object for the explorer (sigma-style): defaults, validation once at start.
import { ExplorerSettingsError } from './errors';
import { isAttributeChoice, type AttributeChoice } from './core/appearance/attributes';

/** Node size by links (degree), PageRank, evidence (passages asserting statements about it) or year (later: bigger). */
export const SIZE_BY = ['degree', 'pagerank', 'evidence', 'year'] as const;
/** A measure of the graph, or a numeric attribute of the data (`attr:<predicate>`, core/appearance/attributes.ts). */
export type SizeBy = (typeof SIZE_BY)[number] | AttributeChoice;

export function isSizeBy(value: unknown): value is SizeBy {
  return (SIZE_BY as readonly unknown[]).includes(value) || isAttributeChoice(value);
}

export interface ExplorerSettings {
  /** Node size range in pixels (before zoom). */
  minNodeSize: number;
  maxNodeSize: number;
  /** Default measure for node sizes. */
  sizeBy: SizeBy;
  /** sigma label grid: at most `labelDensity` labels per cell of `labelGridCellSize` pixels. */
  labelDensity: number;
  labelGridCellSize: number;
  /** Nodes drawn smaller than this (pixels) get no label unless emphasised. */
  labelRenderedSizeThreshold: number;
  /** Edge labels show when the camera ratio is at or below this (zoomed in), or on hover. */
  edgeLabelsBelowRatio: number;
  /** Above this many edges, edges are hidden while the camera moves, to stay fluid. */
  hideEdgesOnMoveAbove: number;
  /** Synchronous ForceAtlas2 iterations for the first, deterministic layout (0 = seed positions only). */
  initialLayoutIterations: number;
  /** Skip the synchronous iterations above this many nodes (the first frame must stay fast). */
  initialLayoutMaxNodes: number;
  /** A highlighted neighbourhood up to this many nodes shows every label. */
  maxLabelledNeighbours: number;
  /** Suggestions shown by the search box. */
  searchLimit: number;
  /** Largest N of the "focus on N hops" filter. */
  maxFocusHops: number;
  /** Colour of nodes and edges that fade when something else stands out. */
  fadedColor: string;
  edgeColor: string;
  /** Duration of camera moves, ms. */
  cameraDuration: number;
}

export const DEFAULT_SETTINGS: Readonly<ExplorerSettings> = Object.freeze({
  minNodeSize: 3,
  maxNodeSize: 18,
  sizeBy: 'degree',
  labelDensity: 0.3,
  labelGridCellSize: 160,
  labelRenderedSizeThreshold: 7,
  edgeLabelsBelowRatio: 0.35,
  hideEdgesOnMoveAbove: 2000,
  initialLayoutIterations: 150,
  initialLayoutMaxNodes: 3000,
  maxLabelledNeighbours: 12,
  searchLimit: 10,
  maxFocusHops: 3,
  fadedColor: '#e4e4e7',
  edgeColor: '#b8bcc6',
  cameraDuration: 400,
});

const COLOR = /^#[0-9a-fA-F]{6}$/;

function positive(settings: ExplorerSettings, key: keyof ExplorerSettings, allowZero = false): void {
  const v = settings[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) {
    throw new ExplorerSettingsError(
      key,
      `must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${String(v)}`,
    );
  }
}

/** Throws ExplorerSettingsError on the first invalid value. */
export function validateSettings(settings: ExplorerSettings): void {
  for (const key of [
    'minNodeSize',
    'maxNodeSize',
    'labelDensity',
    'labelGridCellSize',
    'edgeLabelsBelowRatio',
    'searchLimit',
    'maxFocusHops',
  ] as const)
    positive(settings, key);
  for (const key of [
    'labelRenderedSizeThreshold',
    'hideEdgesOnMoveAbove',
    'initialLayoutIterations',
    'initialLayoutMaxNodes',
    'cameraDuration',
    'maxLabelledNeighbours',
  ] as const)
    positive(settings, key, true);
  if (settings.minNodeSize > settings.maxNodeSize) {
    throw new ExplorerSettingsError('minNodeSize', 'must not exceed maxNodeSize');
  }
  if (!isSizeBy(settings.sizeBy)) {
    throw new ExplorerSettingsError('sizeBy', `must be one of ${SIZE_BY.join(', ')}, got ${String(settings.sizeBy)}`);
  }
  for (const key of ['fadedColor', 'edgeColor'] as const) {
    if (!COLOR.test(settings[key])) throw new ExplorerSettingsError(key, 'must be a #rrggbb colour');
  }
  if (!Number.isInteger(settings.searchLimit)) throw new ExplorerSettingsError('searchLimit', 'must be an integer');
}

/** Defaults overridden by `partial`, validated. */
export function resolveSettings(partial: Partial<ExplorerSettings> = {}): ExplorerSettings {
  const settings = { ...DEFAULT_SETTINGS, ...partial };
  validateSettings(settings);
  return settings;
}
