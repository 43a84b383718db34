// Colours of the explorer's nodes: one per entity kind (the legend, the filters and the canvas agree).
import { KIND_COLORS, isEntityKind } from '../../../kg/kinds';

export function kindColor(kind: string): string {
  return isEntityKind(kind) ? KIND_COLORS[kind] : KIND_COLORS.other;
}
