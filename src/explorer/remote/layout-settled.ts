// Remote mode: runs a callback once the layout that follows a merge has settled (`<html data-layout="settled">`).
/**
 * Calls `callback` when the first layout (or overlap removal) after a data change has finished, or after
 * `timeoutMs` at most. Nodes move while it runs, so a camera move to a new node waits for it.
 */
export function whenLayoutSettled(callback: () => void, timeoutMs = 5000): void {
  const root = document.documentElement;
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    callback();
  };
  const observer = new MutationObserver(() => {
    if (root.dataset.layout !== 'running') finish();
  });
  const timer = setTimeout(finish, timeoutMs);
  observer.observe(root, { attributes: true, attributeFilter: ['data-layout'] });
  // The merge may be queued (a worker builds big graphs): check on the next task, not at once.
  setTimeout(() => {
    if (root.dataset.layout !== 'running') finish();
  }, 50);
}
