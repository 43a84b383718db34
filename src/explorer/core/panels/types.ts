// The side panels' shareable state: which tab is open and the one URL parameter each panel may own (`path`, `q`).
export interface PanelsState {
  /** The open tab; null is the default one (Details). */
  tab: string | null;
  /** Values of the panels' URL parameters, by name; a missing name has no value. */
  params: ReadonlyMap<string, string>;
}

export const NO_PANELS: PanelsState = { tab: null, params: new Map() };

/** Names a tab id or a panel parameter may take: short, lower case, so a hand-edited URL cannot smuggle anything in. */
export const PANEL_NAME = /^[a-z][a-z0-9-]{0,31}$/;
