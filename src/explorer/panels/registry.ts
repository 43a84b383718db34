// The side panels besides Details: each is mounted once into its own tab by the explorer shell.
import type { ExplorerContext } from '../context';

export interface PanelDefinition {
  id: string;
  /** Tab title, also the panel region's accessible name. */
  title: string;
  /** Mounts the panel into host; called once, the first time the tab opens (heavy code loads lazily). */
  mount(host: HTMLElement, context: ExplorerContext): void | Promise<void>;
}

export const PANELS: PanelDefinition[] = [];
