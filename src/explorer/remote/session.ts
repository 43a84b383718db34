// Remote mode: the endpoint the explorer is connected to (one per page), shared by search, Details and the Query panel.
import type { RemoteSource } from './remote-source';

export interface RemoteNotice {
  text: string;
  /** info: a state worth knowing; busy: a request is running; error: a request failed (announced as an alert). */
  kind: 'info' | 'busy' | 'error';
}

let current: RemoteSource | null = null;
const changeListeners = new Set<() => void>();
const noticeListeners = new Set<(notice: RemoteNotice | null) => void>();

/** The connected endpoint, or null when the explorer works on its own data. */
export function currentRemote(): RemoteSource | null {
  return current;
}

/** Connects to an endpoint (or disconnects with null); every part listening follows. */
export function setCurrentRemote(source: RemoteSource | null): void {
  current = source;
  for (const l of [...changeListeners]) l();
}

export function onRemoteChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Shows a message about the endpoint in the graph's banner (null hides it). */
export function reportRemote(notice: RemoteNotice | null): void {
  for (const l of [...noticeListeners]) l(notice);
}

export function onRemoteNotice(listener: (notice: RemoteNotice | null) => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

/** How the app moves its camera, registered by the app for remote mode. */
export interface Framing {
  /** Frames the whole graph ("Fit graph"). */
  fitAll(): void;
  /** Frames these nodes (the ones drawn), animating the camera. */
  frameNodes(keys: readonly string[]): void;
}

let framing: Framing | null = null;

/** Registers how to move the camera; null forgets it. */
export function setFraming(value: Framing | null): void {
  framing = value;
}

/** Frames the whole graph, when the app registered how. */
export function fitWholeGraph(): void {
  framing?.fitAll();
}

/** Frames a node and its neighbours: after an expansion, what was just loaded is on screen. */
export function frameNeighbourhood(graph: { hasNode(key: string): boolean; neighbors(key: string): string[] }, key: string): void {
  if (!graph.hasNode(key)) return;
  framing?.frameNodes([key, ...graph.neighbors(key)]);
}
