// Remote mode: the endpoint the explorer is connected to, shared by search, Details and the Query panel. One session
// per app, made by the app and handed to those parts (ExplorerContext.remote), never read from module state.
import { mountRemoteBanner } from './remote-banner';
import type { RemoteSource } from './remote-source';

export interface RemoteNotice {
  text: string;
  /** info: a state worth knowing; busy: a request is running; error: a request failed (announced as an alert). */
  kind: 'info' | 'busy' | 'error';
}

/** How the app moves its camera, for remote mode. */
export interface Framing {
  /** Frames the whole graph ("Fit graph"). */
  fitAll(): void;
  /** Frames these nodes (the ones drawn), animating the camera. */
  frameNodes(keys: readonly string[]): void;
}

export class RemoteSession {
  private current: RemoteSource | null = null;
  private readonly changeListeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(notice: RemoteNotice | null) => void>();
  private bannerHost: HTMLElement | null = null;

  constructor(private readonly framing: Framing) {}

  /** The connected endpoint, or null when the explorer works on its own data. */
  source(): RemoteSource | null {
    return this.current;
  }

  /** Connects to an endpoint (or disconnects with null); every part listening follows. */
  connect(source: RemoteSource | null): void {
    this.current = source;
    for (const l of [...this.changeListeners]) l();
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Shows a message about the endpoint in the graph's banner (null hides it). */
  report(notice: RemoteNotice | null): void {
    for (const l of [...this.noticeListeners]) l(notice);
  }

  onNotice(listener: (notice: RemoteNotice | null) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Mounts the banner over the graph once (remote mode at start, or a later connection from the Query panel). */
  ensureBanner(graphContainer: HTMLElement): void {
    const host = graphContainer.parentElement ?? graphContainer;
    if (this.bannerHost === host) return;
    this.bannerHost = host;
    mountRemoteBanner(host, this);
  }

  /** Frames the whole graph. */
  fitWholeGraph(): void {
    this.framing.fitAll();
  }

  /** Frames a node and its neighbours: after an expansion, what was just loaded is on screen. */
  frameNeighbourhood(graph: { hasNode(key: string): boolean; neighbors(key: string): string[] }, key: string): void {
    if (!graph.hasNode(key)) return;
    this.framing.frameNodes([key, ...graph.neighbors(key)]);
  }
}
