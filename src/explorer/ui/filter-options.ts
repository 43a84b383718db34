// What the filters panel offers, as data: classes in their usual order, focus depths, the summary line, the focus
// shown.
import { ENTITY_KINDS, isEntityKind } from '../../kg/kinds';

/** A select's option: its value and the text shown. */
export interface Choice {
  value: string;
  text: string;
}

/** The classes present: the known ones in their usual order, then any others alphabetically. */
export function kindsInOrder(kindCounts: ReadonlyMap<string, number>): string[] {
  return [
    ...ENTITY_KINDS.filter((k) => kindCounts.has(k)),
    ...[...kindCounts.keys()].filter((k) => !isEntityKind(k)).sort(),
  ];
}

/** The focus control's options: Off, then 1 hop to `maxHops` hops. */
export function focusChoices(maxHops: number): Choice[] {
  const hops = Array.from({ length: maxHops }, (_, i) => i + 1);
  return [
    { value: '0', text: 'Off' },
    ...hops.map((n) => ({ value: String(n), text: n === 1 ? '1 hop' : `${n} hops` })),
  ];
}

/** Focus needs a selection: without one the control says Off, which is what the graph shows. */
export function focusShown(focusHops: number, hasSelection: boolean, maxHops: number): string {
  return String(hasSelection ? Math.min(focusHops, maxHops) : 0);
}

export function summaryText(visible: number, total: number): string {
  return visible === total ? `${total} entities` : `${visible} of ${total} entities shown`;
}
