// Shareable state in the URL hash: selection, filters, view options, camera, open tab, panel parameters; parsing never
// throws.
import { isColorBy, isLabelDensity, type AppearanceState } from '../appearance/types';
import { isSizeBy } from '../../settings';
import type { CameraState } from '../camera/types';
import { NO_FILTERS, type Exploration, type FiltersState } from '../filters/types';
import { PANEL_NAME, type PanelsState } from '../panels/types';
import { formatPeriod, parsePeriod } from '../timeline/dated';

export interface UrlState {
  selection: string | null;
  filters: FiltersState;
  appearance: Partial<AppearanceState>;
  camera: CameraState;
  panels: PanelsState;
}

const LIST_SEPARATOR = ' ';

/** The hash keys the explorer itself uses: no panel parameter may take one of these names. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'sel',
  'hide',
  'hidep',
  'sdg',
  'focus',
  'status',
  'period',
  'explore',
  'expanded',
  'size',
  'color',
  'labels',
  'cam',
  'tab',
]);

/** Bounds on what a hand-edited URL can make the page hold. */
const MAX_PANEL_PARAMS = 16;
const MAX_PANEL_VALUE_CHARS = 20_000;

/**
 * `#sel=<iri>&hide=body,partner&hidep=<iri> <iri>&sdg=10&focus=2&period=1990-2005&explore=<iri>&expanded=<iri> <iri>`
 * `&size=pagerank&color=sdg&labels=more&cam=x,y,ratio`
 * `&tab=paths&path=<iri> <iri>` (URL-encoded): the explorer's keys first, then the open tab and the panels' parameters
 * in name order, so one state always gives one URL.
 */
export function encodeUrlState(state: UrlState, defaults: { sizeBy: string }): string {
  const params = new URLSearchParams();
  if (state.selection !== null) params.set('sel', state.selection);
  if (state.filters.hiddenKinds.length) params.set('hide', state.filters.hiddenKinds.join(','));
  if (state.filters.hiddenPredicates.length) params.set('hidep', state.filters.hiddenPredicates.join(LIST_SEPARATOR));
  if (state.filters.sdgGoal !== null) params.set('sdg', state.filters.sdgGoal);
  if (state.filters.focusHops > 0) params.set('focus', String(state.filters.focusHops));
  if (state.filters.status !== null) params.set('status', state.filters.status);
  if (state.filters.period !== null) params.set('period', formatPeriod(state.filters.period));
  if (state.filters.explore !== null) {
    params.set('explore', state.filters.explore.seed);
    if (state.filters.explore.expanded.length)
      params.set('expanded', state.filters.explore.expanded.join(LIST_SEPARATOR));
  }
  if (state.appearance.sizeBy && state.appearance.sizeBy !== defaults.sizeBy)
    params.set('size', state.appearance.sizeBy);
  if (state.appearance.colorBy && state.appearance.colorBy !== 'kind') params.set('color', state.appearance.colorBy);
  if (state.appearance.labels && state.appearance.labels !== 'normal') params.set('labels', state.appearance.labels);
  if (state.camera) params.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].join(','));
  if (state.panels.tab !== null) params.set('tab', state.panels.tab);
  for (const name of [...state.panels.params.keys()].sort()) params.set(name, state.panels.params.get(name) ?? '');
  const text = params.toString();
  return text === '' ? '' : '#' + text;
}

function list(value: string | null, separator: string): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(separator)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  ].sort();
}

function decodeCamera(value: string | null): CameraState {
  const cam = value?.split(',').map(Number);
  if (!cam || cam.length !== 3 || !cam.every(Number.isFinite)) return null;
  const [x = 0, y = 0, ratio = 0] = cam;
  return ratio > 0 ? { x, y, ratio } : null;
}

/** The tab and every well-formed key the explorer does not use: a panel reads its own once it mounts. */
function decodePanels(params: URLSearchParams): PanelsState {
  const tab = params.get('tab');
  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (values.size >= MAX_PANEL_PARAMS) break;
    if (RESERVED_KEYS.has(name) || !PANEL_NAME.test(name) || values.has(name)) continue;
    if (value !== '' && value.length <= MAX_PANEL_VALUE_CHARS) values.set(name, value);
  }
  return { tab: tab !== null && PANEL_NAME.test(tab) ? tab : null, params: values };
}

/**
 * Explore mode from `explore=<seed>&expanded=<iri> <iri>`; the expansions keep their order (collapse depends on it).
 */
function exploration(seed: string | null, expanded: string | null): Exploration | null {
  if (seed === null || seed.trim() === '') return null;
  const keys = (expanded ?? '')
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return { seed: seed.trim(), expanded: [...new Set(keys)] };
}

export function decodeUrlState(hash: string, maxFocusHops: number): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const focus = Number(params.get('focus') ?? '0');
  const sdg = params.get('sdg');
  const filters: FiltersState = {
    ...NO_FILTERS,
    hiddenKinds: list(params.get('hide'), ','),
    hiddenPredicates: list(params.get('hidep'), LIST_SEPARATOR),
    sdgGoal: sdg !== null && /^\d{1,2}$/.test(sdg) ? String(Number(sdg)) : null,
    focusHops: Number.isInteger(focus) && focus > 0 ? Math.min(focus, maxFocusHops) : 0,
    status: params.get('status') || null,
    period: parsePeriod(params.get('period')),
    explore: exploration(params.get('explore'), params.get('expanded')),
  };
  const [size, color, labels] = [params.get('size'), params.get('color'), params.get('labels')];
  const appearance: Partial<AppearanceState> = {
    ...(isSizeBy(size) ? { sizeBy: size } : {}),
    ...(isColorBy(color) ? { colorBy: color } : {}),
    ...(isLabelDensity(labels) ? { labels } : {}),
  };
  const sel = params.get('sel');
  return {
    selection: sel !== null && sel !== '' ? sel : null,
    filters,
    appearance,
    camera: decodeCamera(params.get('cam')),
    panels: decodePanels(params),
  };
}
