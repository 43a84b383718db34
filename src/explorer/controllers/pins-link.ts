// The pinned nodes in the URL (`pins=`): a pin made or let go is a history entry, a shared link pins what it names.
import { decodePins, encodePins } from '../core/url/pins';
import type { UrlParam } from '../core/url/url-param';
import { applyPins, pinPositions } from '../view/node-drag';
import type { RenderGraph } from '../view/rendering-graph';

export interface PinsLinkParts {
  /** The graph drawn now (its nodes carry the pins). */
  drawn(): RenderGraph;
  /** The pins changed from the URL: the layout and the Layout menu follow. */
  pinsChanged(): void;
}

export class PinsLink {
  private linkApplied = false;

  constructor(
    private readonly param: UrlParam,
    private readonly parts: PinsLinkParts,
  ) {
    // Back and Forward: the pins of that history entry
    param.onChange((value) => this.apply(value));
  }

  /**
   * The data changed: the first time, the pins a shared link carries are applied; after that the URL follows the
   * drawing (a merge keeps the pins, a replace drops those of nodes gone).
   */
  dataChanged(): void {
    if (this.parts.drawn().order === 0) return;
    if (!this.linkApplied) {
      this.linkApplied = true;
      this.apply(this.param.get());
    } else this.write();
  }

  /** A pin was made or let go on the graph: the URL says so, as a new history entry (Back undoes it). */
  write(): void {
    const text = encodePins(pinPositions(this.parts.drawn()));
    if (text !== this.param.get()) this.param.set(text);
  }

  private apply(value: string | null): void {
    if (applyPins(this.parts.drawn(), decodePins(value))) this.parts.pinsChanged();
  }
}
