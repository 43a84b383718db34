// ExplorerSettings: defaults are valid, every bad value is refused with ExplorerSettingsError.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  validateSettings,
  type ExplorerSettings,
} from '../../src/explorer/settings';
import { ExplorerSettingsError } from '../../src/explorer/errors';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS })).not.toThrow();
    expect(resolveSettings({ sizeBy: 'pagerank' }).sizeBy).toBe('pagerank');
  });

  const bad: [string, Partial<ExplorerSettings>][] = [
    ['negative size', { minNodeSize: -1 }],
    ['min above max', { minNodeSize: 30, maxNodeSize: 10 }],
    ['zero label density', { labelDensity: 0 }],
    ['NaN grid', { labelGridCellSize: Number.NaN }],
    ['unknown size measure', { sizeBy: 'betweenness' as never }],
    ['colour name', { fadedColor: 'grey' }],
    ['fractional search limit', { searchLimit: 2.5 }],
    ['negative iterations', { initialLayoutIterations: -5 }],
  ];
  it.each(bad)('refuses %s', (_name, partial) => {
    expect(() => resolveSettings(partial)).toThrow(ExplorerSettingsError);
  });

  it('names the setting at fault', () => {
    try {
      resolveSettings({ edgeColor: '#12' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ExplorerSettingsError);
      expect((err as ExplorerSettingsError).setting).toBe('edgeColor');
      expect((err as Error).name).toBe('ExplorerSettingsError');
    }
  });
});
