// Undo of imports, one step at a time: the graph as it was before the newest import (the bundled one, or a previous
// import), back in one click, then the one before, while nothing else changed the graph (undo-stack.ts).
import type { Quad } from '@rdfjs/types';
import type { ExplorerContext } from '../../context';
import { undoLabel, undoneText, type ImportMode } from './import-messages';
import { UndoStack } from './undo-stack';

export class ImportUndo {
  private readonly steps = new UndoStack<Quad>();
  /** The dataset the page started with (the bundled graph), to say so on the button; none in remote mode. */
  private bundled: Quad[] | null;
  private undoing = false;

  constructor(
    private readonly context: ExplorerContext,
    private readonly button: HTMLButtonElement,
    private readonly status: HTMLElement,
  ) {
    const quads = context.getQuads();
    this.bundled = quads.length > 0 ? quads : null;
    button.addEventListener('click', () => void this.undo());
    context.onChange((kind) => {
      if (kind !== 'data' || this.undoing) return;
      // Any other change after the import (another file, a remote expansion) ends every offer
      this.steps.sync(context.getQuads());
      this.show();
    });
  }

  /** Called just before an import changes the graph. */
  remember(fileName: string, mode: ImportMode): void {
    this.steps.push({ before: this.context.getQuads(), after: null, fileName, mode });
    this.show();
  }

  /** Called once the import's change is in: the button offers to take it back. */
  offer(): void {
    const top = this.steps.top();
    if (!top) return;
    top.after = this.context.getQuads();
    this.show();
  }

  /** The button offers the newest step that is complete (its import is in), and says how many more there are. */
  private show(): void {
    const top = this.steps.top();
    this.button.hidden = !top?.after;
    if (!top?.after) return;
    this.button.textContent = undoLabel(top.mode, top.mode === 'replace' && top.before === this.bundled);
    const more = this.steps.size - 1;
    this.button.title =
      more > 0
        ? `Then ${more} more import${more === 1 ? '' : 's'} can be undone`
        : 'The last import that can be undone';
  }

  private async undo(): Promise<void> {
    const step = this.steps.top();
    if (!step?.after || this.undoing) return;
    this.undoing = true;
    this.button.hidden = true;
    this.status.textContent = `Putting the graph back as it was before ${step.fileName}…`;
    try {
      await this.context.setQuads([...step.before], 'replace');
    } finally {
      this.undoing = false;
    }
    const now = this.context.getQuads();
    // The dataset back in place is the bundled one again, if that is what the import had replaced.
    if (step.before === this.bundled) this.bundled = now;
    this.steps.pop(now);
    this.status.textContent = undoneText(step.fileName, now.length, this.context.getGraph().order);
    this.show();
  }
}
