// Label density levels as sigma's label grid: how many labels a cell of the screen shows, and from which node size.
import type { ExplorerSettings } from '../../settings';
import type { LabelDensity } from './types';

export interface LabelGridSettings {
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
  /** Hide labels that would cover a more important one (view/label-declutter.ts). */
  declutter: boolean;
}

/**
 * 'normal' is the settings' grid; 'fewer' and 'more' halve and double it; 'all' draws every label, colliding or not
 * (sigma's grid still draws none for a node too small to carry one: threshold 0 lifts that too).
 */
export function labelGridFor(
  level: LabelDensity,
  settings: Pick<ExplorerSettings, 'labelDensity' | 'labelGridCellSize' | 'labelRenderedSizeThreshold'>,
): LabelGridSettings {
  const base = {
    labelDensity: settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
  };
  switch (level) {
    case 'fewer':
      return {
        ...base,
        labelDensity: base.labelDensity / 2,
        labelGridCellSize: base.labelGridCellSize * 1.5,
        labelRenderedSizeThreshold: base.labelRenderedSizeThreshold * 1.5,
        declutter: true,
      };
    case 'more':
      return {
        ...base,
        labelDensity: base.labelDensity * 3,
        labelGridCellSize: Math.round(base.labelGridCellSize / 2),
        labelRenderedSizeThreshold: base.labelRenderedSizeThreshold / 2,
        declutter: true,
      };
    case 'all':
      return { labelDensity: 100, labelGridCellSize: 20, labelRenderedSizeThreshold: 0, declutter: false };
    default:
      return { ...base, declutter: true };
  }
}
