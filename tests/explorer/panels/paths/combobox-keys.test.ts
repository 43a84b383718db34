// The entity combobox's keyboard: arrows wrap through the suggestions, Enter picks or searches, Esc closes.
import { describe, expect, it } from 'vitest';
import { comboboxKey } from '../../../../src/explorer/panels/paths/combobox-keys';

describe('comboboxKey', () => {
  it('moves the highlight with the arrows, wrapping at both ends', () => {
    expect(comboboxKey('ArrowDown', -1, 3, true)).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', 2, 3, true)).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowUp', -1, 3, true)).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowUp', 1, 3, true)).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowUp', 0, 3, false)).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowDown', -1, 0, false)).toEqual({ kind: 'none' });
  });

  it('picks the highlighted suggestion on Enter, else runs the search', () => {
    expect(comboboxKey('Enter', 1, 3, true)).toEqual({ kind: 'pick', index: 1 });
    expect(comboboxKey('Enter', -1, 3, true)).toEqual({ kind: 'enter' });
    expect(comboboxKey('Enter', 1, 3, false)).toEqual({ kind: 'enter' });
  });

  it('closes on Esc and ignores other keys', () => {
    expect(comboboxKey('Escape', 0, 3, true)).toEqual({ kind: 'close' });
    expect(comboboxKey('a', 0, 3, true)).toEqual({ kind: 'none' });
  });
});
