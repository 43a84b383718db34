// The search box's listbox: draws the options (suggestions, "show all", a note or "No match") and marks the active one
// for ARIA.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { Suggestion } from '../core/search/search-index';
import { kindColor } from '../core/appearance/colors';
import { clear, h, uniqueId } from './dom';
import type { SearchSuggestions } from './search-suggestions';

export class SearchList {
  readonly id = uniqueId('search-list');
  readonly element = h('ul', {
    class: 'search-list',
    attrs: { id: this.id, role: 'listbox', 'aria-label': 'Suggestions' },
  });

  /** `input` is the combobox that owns the list; `pick(i)` is called when option `i` is pressed. */
  constructor(
    private readonly input: HTMLInputElement,
    private readonly options: SearchSuggestions,
    private readonly pick: (i: number) => void,
  ) {
    this.element.hidden = true;
  }

  get hidden(): boolean {
    return this.element.hidden;
  }

  close(): void {
    this.element.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.options.active = -1;
  }

  /** Draws the options for the text typed; `note` is a line under them (remote mode's progress or failure). */
  render(note: string | null): void {
    const { element, input, options } = this;
    clear(element);
    options.suggestions.forEach((s, i) => element.appendChild(this.option(i, s)));
    if (options.hasShowAll()) element.appendChild(this.showAllOption(options.suggestions.length));
    if (note !== null || (options.suggestions.length === 0 && input.value.trim() !== '')) {
      element.appendChild(
        h('li', {
          class: 'search-empty',
          attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' },
          text: note ?? 'No match',
        }),
      );
    }
    element.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!element.hidden));
    this.setActive(options.suggestions.length ? 0 : -1);
  }

  setActive(i: number): void {
    const nodes = this.element.querySelectorAll<HTMLElement>('[role=option]');
    nodes.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    this.options.active = i;
    const option = i >= 0 ? nodes[i] : undefined;
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  /** The key of the active suggestion (null: none, or "show all"). */
  activeKey(): string | null {
    const { active } = this.options;
    return active >= 0
      ? (this.element.querySelectorAll('[role=option]')[active]?.getAttribute('data-key') ?? null)
      : null;
  }

  private option(i: number, s: Suggestion): HTMLElement {
    const kind = isEntityKind(s.kind) ? KIND_LABELS[s.kind] : s.kind;
    return this.pressable(
      h(
        'li',
        {
          class: 'search-option',
          attrs: { id: `${this.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': s.key },
        },
        [
          h('span', { class: 'swatch', attrs: { style: `background:${kindColor(s.kind)}`, 'aria-hidden': 'true' } }),
          h('span', { class: 'option-label', text: s.label }),
          s.matched ? h('span', { class: 'option-match', text: s.matched }) : null,
          h('span', { class: 'option-kind', text: kind }),
        ],
      ),
      i,
    );
  }

  private showAllOption(i: number): HTMLElement {
    return this.pressable(
      h('li', {
        class: 'search-option search-all',
        attrs: { id: `${this.id}-${i}`, role: 'option', 'aria-selected': 'false' },
        text: `Show all ${this.options.allMatches.length} matches on the graph`,
      }),
      i,
    );
  }

  /** mousedown, not click: the input keeps focus and the list does not close first. */
  private pressable(option: HTMLElement, i: number): HTMLElement {
    option.addEventListener('mousedown', (e) => {
      e.preventDefault();
      this.pick(i);
    });
    return option;
  }
}
