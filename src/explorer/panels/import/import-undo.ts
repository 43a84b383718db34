// Undo of the last import: the graph as it was before it (the bundled one, or a previous import), back in one click.
import type { Quad } from '@rdfjs/types';
import type { ExplorerContext } from '../../context';
import { undoLabel, undoneText, type ImportMode } from './import-messages';

interface Snapshot {
  before: Quad[];
  /** The dataset the import left: any other change after it (another import, a remote expansion) ends the offer. */
  after: Quad[] | null;
  fileName: string;
  mode: ImportMode;
}

export class ImportUndo {
  private snapshot: Snapshot | null = null;
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
      if (kind === 'data' && !this.undoing && this.snapshot?.after && context.getQuads() !== this.snapshot.after)
        this.forget();
    });
  }

  /** Called just before an import changes the graph. */
  remember(fileName: string, mode: ImportMode): void {
    this.forget();
    this.snapshot = { before: this.context.getQuads(), after: null, fileName, mode };
  }

  /** Called once the import's change is in: the button offers to take it back. */
  offer(): void {
    if (!this.snapshot) return;
    this.snapshot.after = this.context.getQuads();
    this.button.textContent = undoLabel(
      this.snapshot.mode,
      this.snapshot.mode === 'replace' && this.snapshot.before === this.bundled,
    );
    this.button.hidden = false;
  }

  forget(): void {
    this.snapshot = null;
    this.button.hidden = true;
  }

  private async undo(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot || this.undoing) return;
    this.forget();
    this.undoing = true;
    this.status.textContent = `Putting the graph back as it was before ${snapshot.fileName}…`;
    try {
      await this.context.setQuads(snapshot.before, 'replace');
    } finally {
      this.undoing = false;
    }
    // The dataset back in place is the bundled one again, if that is what the import had replaced.
    if (snapshot.before === this.bundled) this.bundled = this.context.getQuads();
    this.status.textContent = undoneText(
      snapshot.fileName,
      this.context.getQuads().length,
      this.context.getGraph().order,
    );
  }
}
