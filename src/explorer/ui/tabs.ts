// Tabs for the side panels (ARIA tabs pattern); a tab's content is mounted the first time it opens.
import { h } from './dom';

interface Tab {
  id: string;
  button: HTMLButtonElement;
  panel: HTMLElement;
  mount: ((host: HTMLElement) => void | Promise<void>) | null;
}

export interface Tabs {
  element: HTMLElement;
  /** Adds a tab; `content` is shown as is, or `mount` fills the region lazily. Returns the region element. */
  add(
    id: string,
    title: string,
    options: { content?: HTMLElement; mount?: (host: HTMLElement) => void | Promise<void> },
  ): HTMLElement;
  select(id: string): void;
  current(): string | null;
  onSelect(listener: (id: string) => void): void;
}

export function createTabs(label: string): Tabs {
  const list = h('div', { class: 'tab-list', attrs: { role: 'tablist', 'aria-label': label } });
  const panels = h('div', { class: 'tab-panels' });
  const element = h('div', { class: 'tabs' }, [list, panels]);
  const tabs: Tab[] = [];
  const listeners: ((id: string) => void)[] = [];
  let selected: string | null = null;

  const select = (id: string): void => {
    const tab = tabs.find((t) => t.id === id);
    if (!tab) return;
    selected = id;
    for (const t of tabs) {
      const on = t === tab;
      t.button.setAttribute('aria-selected', String(on));
      t.button.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    }
    mountOnce(tab);
    for (const l of listeners) l(id);
  };

  return {
    element,
    add(id, title, options) {
      const { button, region, panel } = tabElements(id, title, options.content);
      button.addEventListener('click', () => select(id));
      button.addEventListener('keydown', (e) => {
        const i = tabs.findIndex((t) => t.id === id);
        const next = arrowTarget(e.key, i, tabs.length);
        const t = next === null ? undefined : tabs[(next + tabs.length) % tabs.length];
        if (!t) return;
        e.preventDefault();
        select(t.id);
        t.button.focus();
      });
      tabs.push({ id, button, panel, mount: options.mount ?? null });
      list.appendChild(button);
      panels.appendChild(panel);
      if (selected === null) select(id);
      return region;
    },
    select,
    current: () => selected,
    onSelect(listener) {
      listeners.push(listener);
    },
  };
}

/** The tab a key moves to from tab `index` (ARIA tabs pattern: arrows wrap, Home and End jump), or null. */
function arrowTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight') return index + 1;
  if (key === 'ArrowLeft') return index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** A tab's button and its (hidden) panel; `content` is shown as is, or an empty region is filled on first open. */
function tabElements(
  id: string,
  title: string,
  content: HTMLElement | undefined,
): { button: HTMLButtonElement; region: HTMLElement; panel: HTMLElement } {
  const tabId = `tab-${id}`;
  const panelId = `tabpanel-${id}`;
  const button = h('button', {
    class: 'tab',
    attrs: {
      type: 'button',
      role: 'tab',
      id: tabId,
      'aria-controls': panelId,
      'aria-selected': 'false',
      tabindex: '-1',
    },
    text: title,
  });
  const region = content ?? h('section', { class: 'panel-region', attrs: { 'aria-label': title } });
  const panel = h('div', { class: 'tab-panel', attrs: { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId } }, [
    region,
  ]);
  panel.hidden = true;
  return { button, region, panel };
}

/** Mounts a lazy tab's content the first time it opens; a failure is said in the panel instead of lost. */
function mountOnce(tab: Tab): void {
  if (!tab.mount) return;
  const mount = tab.mount;
  tab.mount = null;
  const region = tab.panel.firstElementChild as HTMLElement;
  Promise.resolve()
    .then(() => mount(region))
    .catch((err: unknown) => {
      region.appendChild(
        h('p', {
          class: 'error',
          attrs: { role: 'alert' },
          text: `This panel failed to load: ${err instanceof Error ? err.message : String(err)}`,
        }),
      );
    });
}
