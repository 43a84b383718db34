// Pure producers of the appearance state.
import type { SizeBy } from '../../settings';
import type { Producer } from '../store';
import type { AppearanceState } from './types';

export function setSizeBy(sizeBy: SizeBy): Producer<AppearanceState> {
  return (state) => (state.sizeBy === sizeBy ? state : { ...state, sizeBy });
}
