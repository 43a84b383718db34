// The menu a right-click on a node opens over the graph: explore from it, expand or collapse it, unpin it.
import { clear, h } from './dom';

export interface NodeMenuItem {
  label: string;
  /** A longer explanation (the button's tooltip). */
  title?: string;
  run(): void;
}

export interface NodeMenu {
  element: HTMLElement;
  /** Opens at (x, y) in the graph's box with a heading (the node's name) and these items; none: it stays closed. */
  open(title: string, at: { x: number; y: number }, items: readonly NodeMenuItem[]): void;
  close(): void;
}

/**
 * Where the menu goes so that it stays whole inside its container: beside the point, moved left or up when the point
 * is near the right or bottom edge (a node by the panel, the keyboard's menu on a node at the edge).
 */
export function menuPlacement(
  at: { x: number; y: number },
  menu: { width: number; height: number },
  room: { width: number; height: number },
): { left: number; top: number } {
  const margin = 4;
  const left = Math.max(margin, Math.min(at.x, room.width - menu.width - margin));
  const top = Math.max(margin, Math.min(at.y, room.height - menu.height - margin));
  return { left: Math.round(left), top: Math.round(top) };
}

function keptInside(at: { x: number; y: number }, element: HTMLElement): { left: number; top: number } {
  const parent = element.offsetParent ?? element.parentElement;
  if (!parent) return { left: Math.round(at.x), top: Math.round(at.y) };
  return menuPlacement(
    at,
    { width: element.offsetWidth, height: element.offsetHeight },
    { width: parent.clientWidth, height: parent.clientHeight },
  );
}

export function createNodeMenu(): NodeMenu {
  const heading = h('p', { class: 'node-menu-title' });
  const list = h('div', { class: 'node-menu-items' });
  const element = h('div', { class: 'node-menu', attrs: { role: 'menu', 'aria-label': 'Node actions' } }, [
    heading,
    list,
  ]);
  element.hidden = true;
  const close = (): void => {
    element.hidden = true;
  };
  element.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!element.hidden && !element.contains(event.target as Node)) close();
  });
  return {
    element,
    open(title, at, items) {
      if (items.length === 0) return close();
      heading.textContent = title;
      clear(list);
      for (const item of items) {
        list.append(
          h('button', {
            class: 'node-menu-item',
            attrs: { type: 'button', role: 'menuitem', title: item.title },
            text: item.label,
            on: {
              click: () => {
                close();
                item.run();
              },
            },
          }),
        );
      }
      element.hidden = false;
      const { left, top } = keptInside(at, element);
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
      list.querySelector('button')?.focus();
    },
    close,
  };
}
