// What a key pressed in the entity combobox does (pure): move through the suggestions, pick, search, or close.
export type ComboboxAction =
  | { kind: 'move'; active: number }
  | { kind: 'pick'; index: number }
  | { kind: 'enter' }
  | { kind: 'close' }
  | { kind: 'none' };

/**
 * `active` is the highlighted suggestion (-1: none), `count` how many suggestions the typed text has, `open` whether
 * the list shows (an arrow key opens it again after Esc).
 */
export function comboboxKey(key: string, active: number, count: number, open: boolean): ComboboxAction {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (count === 0) return { kind: 'none' };
    const step = key === 'ArrowDown' ? 1 : -1;
    // From no highlight, Down goes to the first suggestion and Up to the last.
    if (active < 0) return { kind: 'move', active: step === 1 ? 0 : count - 1 };
    return { kind: 'move', active: (active + step + count) % count };
  }
  if (key === 'Enter')
    return open && active >= 0 && active < count ? { kind: 'pick', index: active } : { kind: 'enter' };
  if (key === 'Escape') return { kind: 'close' };
  return { kind: 'none' };
}
