// Small screens: the filters and the side panels become drawers over the graph, each opened by a header button.
import { h } from './dom';

/** Below this width the three columns leave the graph too little room: the side columns become drawers (styles.css). */
export const DRAWER_MEDIA = '(max-width: 900px)';

export type DrawerName = 'filters' | 'panels';

export interface Drawers {
  /** The header buttons, shown only on small screens. */
  toggles: Record<DrawerName, HTMLButtonElement>;
  /** True when the window is small enough for drawers. */
  active(): boolean;
  /** Opens a drawer (closing the other); `focus` moves the keyboard into it. Does nothing on a wide window. */
  open(name: DrawerName, focus: boolean): void;
  /** Closes the open drawer; the keyboard goes back to its button if it was inside. */
  close(): void;
}

const FOCUSABLE =
  '[role="tab"][aria-selected="true"], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';

/** Esc belongs to whatever is open under the keyboard first: a suggestion list, an editor, the source dialog. */
function escTakenElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]') || target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target.getAttribute('role') === 'combobox' && target.getAttribute('aria-expanded') === 'true';
}

export function createDrawers(main: HTMLElement, regions: Record<DrawerName, HTMLElement>): Drawers {
  const media = window.matchMedia(DRAWER_MEDIA);
  const toggle = (name: DrawerName, text: string): HTMLButtonElement =>
    h('button', {
      class: `tool-button drawer-toggle drawer-toggle-${name}`,
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': regions[name].id },
      text,
      on: { click: () => (main.dataset.drawer === name ? close() : open(name, true)) },
    });
  const toggles: Record<DrawerName, HTMLButtonElement> = {
    filters: toggle('filters', 'Filters'),
    panels: toggle('panels', 'Panels'),
  };

  const set = (name: DrawerName | null): void => {
    if (name === null) delete main.dataset.drawer;
    else main.dataset.drawer = name;
    for (const [n, button] of Object.entries(toggles)) button.setAttribute('aria-expanded', String(n === name));
    // An open drawer takes its room from the graph (styles.css); sigma measures its container only on window resize.
    window.dispatchEvent(new Event('resize'));
  };
  const open = (name: DrawerName, focus: boolean): void => {
    if (!media.matches) return;
    set(name);
    if (focus) regions[name].querySelector<HTMLElement>(FOCUSABLE)?.focus();
  };
  const close = (): void => {
    const name = main.dataset.drawer as DrawerName | undefined;
    if (name === undefined) return;
    const hadFocus = regions[name].contains(document.activeElement);
    set(null);
    if (hadFocus) toggles[name].focus();
  };

  // Before the page-wide shortcuts (keyboard.ts), which then see the event as handled.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || main.dataset.drawer === undefined || escTakenElsewhere(event.target)) return;
      event.preventDefault();
      close();
    },
    true,
  );
  // Back to a wide window: the columns show again, no drawer stays open for the next time it narrows.
  media.addEventListener('change', () => {
    if (main.dataset.drawer !== undefined) set(null);
  });
  return { toggles, active: () => media.matches, open, close };
}
