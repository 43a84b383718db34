// Shared pieces of the controllers' tests: the explorer's real store, the fixture loaded as the current data, a
// recorder for the calls a controller makes on the parts it drives (sigma and the DOM are not in Node).
import { defaultAppearance } from '../../../src/explorer/core/appearance/types';
import { NO_FILTERS } from '../../../src/explorer/core/filters/types';
import { NO_PANELS } from '../../../src/explorer/core/panels/types';
import { EMPTY_SELECTION } from '../../../src/explorer/core/selection/types';
import { createStore, type Store } from '../../../src/explorer/core/store';
import { CurrentData } from '../../../src/explorer/controllers/current-data';
import { DEFAULT_SETTINGS, type ExplorerSettings } from '../../../src/explorer/settings';
import { loadData } from '../../../src/explorer/view/large-load';
import { fixtureQuads } from '../fixture';

export const SETTINGS: ExplorerSettings = { ...DEFAULT_SETTINGS };

export function newStore(): Store {
  return createStore({
    selection: EMPTY_SELECTION,
    filters: NO_FILTERS,
    appearance: defaultAppearance('degree'),
    camera: null,
    panels: NO_PANELS,
  });
}

/** The fixture dataset as the app holds it after a load. */
export function fixtureData(): CurrentData {
  const data = new CurrentData(SETTINGS);
  data.adopt(loadData(data.quadSet.replace(fixtureQuads()), new Map(), 'degree', SETTINGS));
  return data;
}

/** Records each call made on it, by method name, with its arguments. */
export function recorder<T extends object>(
  methods: (keyof T & string)[],
  results: Partial<Record<keyof T, unknown>> = {},
): T & { calls: [string, unknown[]][] } {
  const calls: [string, unknown[]][] = [];
  const target: Record<string, unknown> = { calls };
  for (const name of methods) {
    target[name] = (...args: unknown[]) => {
      calls.push([name, args]);
      return results[name];
    };
  }
  return target as T & { calls: [string, unknown[]][] };
}

/** The names of the calls recorded, in order. */
export function names(rec: { calls: [string, unknown[]][] }): string[] {
  return rec.calls.map(([name]) => name);
}
