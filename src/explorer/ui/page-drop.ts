// Files dropped anywhere on the page, from the first frame: the browser never navigates away to show the file.
/** Who takes a dropped file (the Import panel, once mounted). */
export type FileTaker = (file: File, how: { dropped: true }) => void;

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/** The page's drop target: one per page (app-ui.ts), handed to the Import panel through ExplorerContext. */
export class PageDrop {
  private taker: FileTaker | null = null;
  /** Files dropped before the taker came (the Import tab not yet opened). */
  private readonly waiting: File[] = [];

  /**
   * Prevents the browser's default for dragged files page-wide and hands a dropped file to the taker; `reveal` opens
   * the Import tab (which mounts the panel, the taker) so the user sees what happened to the file.
   */
  install(reveal: () => void, target: Document = document): void {
    const root = target.documentElement;
    target.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      root.dataset.dragging = 'true';
    });
    target.addEventListener('dragleave', (event) => {
      if (event.relatedTarget === null) delete root.dataset.dragging;
    });
    target.addEventListener('drop', (event) => {
      delete root.dataset.dragging;
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      reveal();
      this.hand(file);
    });
  }

  /** Registers the one taker of dropped files; files dropped before it came are handed over at once. */
  take(next: FileTaker): void {
    this.taker = next;
    for (const file of this.waiting.splice(0)) next(file, { dropped: true });
  }

  /** A file dropped: to the taker, or kept until there is one. */
  hand(file: File): void {
    if (this.taker) this.taker(file, { dropped: true });
    else this.waiting.push(file);
  }
}
