// Pure producers of the appearance state.
import type { SizeBy } from '../../settings';
import type { Producer } from '../store';
import type { AppearanceState, ColorBy, LabelDensity } from './types';

export function setSizeBy(sizeBy: SizeBy): Producer<AppearanceState> {
  return (state) => (state.sizeBy === sizeBy ? state : { ...state, sizeBy });
}

export function setColorBy(colorBy: ColorBy): Producer<AppearanceState> {
  return (state) => (state.colorBy === colorBy ? state : { ...state, colorBy });
}

export function setLabelDensity(labels: LabelDensity): Producer<AppearanceState> {
  return (state) => (state.labels === labels ? state : { ...state, labels });
}

/** The whole appearance at once (a URL restored); the same object when nothing differs. */
export function replaceAppearance(next: AppearanceState): Producer<AppearanceState> {
  return (state) =>
    state.sizeBy === next.sizeBy && state.colorBy === next.colorBy && state.labels === next.labels
      ? state
      : { ...next };
}
