// Appearance state: how the graph is drawn (the choices a user makes in the Appearance menu).
import type { SizeBy } from '../../settings';
import { isAttributeChoice, type AttributeChoice } from './attributes';

/**
 * What node colours say: the class (default), the status, the SDG goal linked, the year, the number of links, or an
 * attribute of the data (attributes.ts).
 */
export const COLOR_BY = ['kind', 'status', 'sdg', 'year', 'degree'] as const;
export type BuiltInColorBy = (typeof COLOR_BY)[number];
export type ColorBy = BuiltInColorBy | AttributeChoice;

/** How many labels the canvas shows, from fewest to every one. */
export const LABEL_DENSITIES = ['fewer', 'normal', 'more', 'all'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

export interface AppearanceState {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  labels: LabelDensity;
}

export function defaultAppearance(sizeBy: SizeBy): AppearanceState {
  return { sizeBy, colorBy: 'kind', labels: 'normal' };
}

export function isColorBy(value: unknown): value is ColorBy {
  return (COLOR_BY as readonly unknown[]).includes(value) || isAttributeChoice(value);
}

export function isLabelDensity(value: unknown): value is LabelDensity {
  return (LABEL_DENSITIES as readonly unknown[]).includes(value);
}
