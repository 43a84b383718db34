// Panels state producers: unchanged input keeps the same object (no listener runs), changes make new ones.
import { describe, expect, it } from 'vitest';
import { openTab, replacePanels, setPanelParam } from '../../../../src/explorer/core/panels/producers';
import { NO_PANELS } from '../../../../src/explorer/core/panels/types';

describe('panels producers', () => {
  it('opens a tab, and returns the same state when it is already open', () => {
    const matrix = openTab('matrix')(NO_PANELS);
    expect(matrix).toEqual({ tab: 'matrix', params: NO_PANELS.params });
    expect(openTab('matrix')(matrix)).toBe(matrix);
    expect(openTab(null)(matrix).tab).toBeNull();
  });

  it('sets and removes a parameter without touching the previous map', () => {
    const a = setPanelParam('path', 'x y')(NO_PANELS);
    expect(a.params.get('path')).toBe('x y');
    expect(NO_PANELS.params.size).toBe(0);
    expect(setPanelParam('path', 'x y')(a)).toBe(a);
    expect(setPanelParam('path', null)(a).params.has('path')).toBe(false);
    expect(setPanelParam('path', '')(a).params.has('path')).toBe(false);
    expect(setPanelParam('q', null)(NO_PANELS)).toBe(NO_PANELS);
  });

  it('replaces the whole state, keeping the parameter map when its entries are equal', () => {
    const a = setPanelParam('path', 'x y')(NO_PANELS);
    expect(replacePanels({ tab: null, params: new Map([['path', 'x y']]) })(a)).toBe(a);
    const b = replacePanels({ tab: 'paths', params: new Map([['path', 'x y']]) })(a);
    expect(b.tab).toBe('paths');
    expect(b.params).toBe(a.params);
    expect(replacePanels(NO_PANELS)(a).params.size).toBe(0);
  });
});
