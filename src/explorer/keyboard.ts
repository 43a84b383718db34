// Global shortcuts: "/" focuses the search box, Esc clears the selection (or closes the source viewer).

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function installShortcuts(actions: { focusSearch(): void; escape(): void }): void {
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
    }
  });
}
