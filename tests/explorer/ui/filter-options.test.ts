// The filters panel's offers: known classes first in their order, focus depths, the focus shown without a selection,
// the summary.
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../src/kg/kinds';
import { focusChoices, focusShown, kindsInOrder, summaryText } from '../../../src/explorer/ui/filter-options';

describe('filter options', () => {
  it('lists the known classes present in their usual order, then unknown ones alphabetically', () => {
    const [first, second] = ENTITY_KINDS;
    const counts = new Map([
      ['zeta', 1],
      [second, 2],
      ['alpha', 3],
      [first, 4],
    ]);
    expect(kindsInOrder(counts)).toEqual([first, second, 'alpha', 'zeta']);
  });

  it('offers Off and then each depth up to the maximum', () => {
    expect(focusChoices(3)).toEqual([
      { value: '0', text: 'Off' },
      { value: '1', text: '1 hop' },
      { value: '2', text: '2 hops' },
      { value: '3', text: '3 hops' },
    ]);
    expect(focusChoices(0)).toEqual([{ value: '0', text: 'Off' }]);
  });

  it('shows the focus only with a selection, capped at the maximum', () => {
    expect(focusShown(2, true, 3)).toBe('2');
    expect(focusShown(5, true, 3)).toBe('3');
    expect(focusShown(2, false, 3)).toBe('0');
  });

  it('says how much is shown', () => {
    expect(summaryText(10, 10)).toBe('10 entities');
    expect(summaryText(4, 10)).toBe('4 of 10 entities shown');
  });
});
