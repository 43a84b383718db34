// Appearance state: how the graph is drawn (the choices a user makes in the toolbar).
import type { SizeBy } from '../../settings';

export interface AppearanceState {
  sizeBy: SizeBy;
}
