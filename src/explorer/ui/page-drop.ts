// Files dropped anywhere on the page, from the first frame: the browser never navigates away to show the file.
/** Who takes a dropped file (the Import panel, once mounted); files dropped before it mounts wait for it. */
type FileTaker = (file: File, how: { dropped: true }) => void;

let taker: FileTaker | null = null;
const waiting: File[] = [];

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Prevents the browser's default for dragged files page-wide and hands a dropped file to the taker; `reveal` opens
 * the Import tab (which mounts the panel, the taker) so the user sees what happened to the file.
 */
export function installPageDrop(reveal: () => void): void {
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    document.documentElement.dataset.dragging = 'true';
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) delete document.documentElement.dataset.dragging;
  });
  document.addEventListener('drop', (event) => {
    delete document.documentElement.dataset.dragging;
    if (!hasFiles(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    reveal();
    if (taker) taker(file, { dropped: true });
    else waiting.push(file);
  });
}

/** Registers the one taker of dropped files; files dropped before it came are handed over at once. */
export function takeDroppedFiles(next: FileTaker): void {
  taker = next;
  for (const file of waiting.splice(0)) next(file, { dropped: true });
}
