// Global shortcuts: "/" focuses the search box, Esc clears the selection (or closes the source viewer), the context
// menu key (or Shift+F10) opens the selected node's menu.

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ShortcutActions {
  focusSearch(): void;
  escape(): void;
  /** Opens the node menu of the selected node; false when no node is selected. */
  nodeMenu(): boolean;
}

export function installShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/' && !isTyping(e.target)) {
      e.preventDefault();
      actions.focusSearch();
    } else if (e.key === 'Escape') {
      // Inside an editor (a panel's SPARQL box) Esc belongs to the editor.
      if (isTyping(e.target) && !(e.target instanceof HTMLInputElement && e.target.getAttribute('role') === 'combobox'))
        return;
      actions.escape();
    } else if ((e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) && !isTyping(e.target)) {
      // The keyboard's right-click, as in desktop applications: on the selected node, wherever the focus is
      if (actions.nodeMenu()) e.preventDefault();
    }
  });
}
