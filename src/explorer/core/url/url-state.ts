// Shareable state in the URL hash: selection, filters, view options and camera; parsing never throws.
import type { AppearanceState } from '../appearance/types';
import type { CameraState } from '../camera/types';
import { NO_FILTERS, type FiltersState } from '../filters/types';
import { formatPeriod, parsePeriod } from '../timeline/dated';

export interface UrlState {
  selection: string | null;
  filters: FiltersState;
  appearance: Partial<AppearanceState>;
  camera: CameraState;
}

const LIST_SEPARATOR = ' ';

/** `#sel=<iri>&hide=body,partner&hidep=<iri> <iri>&sdg=10&focus=2&period=1990-2005&size=pagerank&cam=x,y,ratio` (URL-encoded). */
export function encodeUrlState(state: UrlState, defaults: { sizeBy: string }): string {
  const params = new URLSearchParams();
  if (state.selection !== null) params.set('sel', state.selection);
  if (state.filters.hiddenKinds.length) params.set('hide', state.filters.hiddenKinds.join(','));
  if (state.filters.hiddenPredicates.length) params.set('hidep', state.filters.hiddenPredicates.join(LIST_SEPARATOR));
  if (state.filters.sdgGoal !== null) params.set('sdg', state.filters.sdgGoal);
  if (state.filters.focusHops > 0) params.set('focus', String(state.filters.focusHops));
  if (state.filters.status !== null) params.set('status', state.filters.status);
  if (state.filters.period !== null) params.set('period', formatPeriod(state.filters.period));
  if (state.appearance.sizeBy && state.appearance.sizeBy !== defaults.sizeBy) params.set('size', state.appearance.sizeBy);
  if (state.camera) params.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].join(','));
  const text = params.toString();
  return text === '' ? '' : '#' + text;
}

function list(value: string | null, separator: string): string[] {
  if (!value) return [];
  return [...new Set(value.split(separator).map((v) => v.trim()).filter((v) => v !== ''))].sort();
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
  };
  const size = params.get('size');
  const appearance: Partial<AppearanceState> = size === 'degree' || size === 'pagerank' ? { sizeBy: size } : {};
  let camera: CameraState = null;
  const cam = params.get('cam')?.split(',').map(Number);
  if (cam && cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0) camera = { x: cam[0], y: cam[1], ratio: cam[2] };
  const sel = params.get('sel');
  return { selection: sel !== null && sel !== '' ? sel : null, filters, appearance, camera };
}
