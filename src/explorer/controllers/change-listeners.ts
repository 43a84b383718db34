// The panels' change listeners (ExplorerContext.onChange): told in turn what changed; one that throws does not stop the
// others.
import type { ChangeKind } from '../context';

export class ChangeListeners {
  private readonly listeners = new Set<(kind: ChangeKind) => void>();

  /** Adds a listener; returns the function that removes it. */
  add(listener: (kind: ChangeKind) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(kind: ChangeKind): void {
    // A copy: a listener may remove itself (or add another) while being told.
    for (const listener of [...this.listeners]) {
      try {
        listener(kind);
      } catch (err) {
        console.error('explorer change listener failed', err);
      }
    }
  }
}
