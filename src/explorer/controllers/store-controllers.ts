// The controllers that follow the store, built together and told of each change in a fixed order; a sync runs them all.
import type { UiParts } from '../app-ui';
import type { Store } from '../core/store';
import type { RemoteSession } from '../remote/session';
import type { ExplorerSettings } from '../settings';
import type { GraphView } from '../view/sigma-view';
import type { ColorLegend } from '../ui/color-legend';
import { CameraController } from './camera-controller';
import type { ChangeListeners } from './change-listeners';
import type { CurrentData } from './current-data';
import { DetailsController } from './details-controller';
import { EmphasisController } from './emphasis-controller';
import { relayStoreChanges } from './explorer-context';
import { FiltersController } from './filters-controller';
import type { SelectHow } from './selection-actions';
import { AppearanceController } from './appearance-controller';
import { VisibilityController } from './visibility-controller';
import type { NodeMenuItem } from '../ui/node-menu';

export interface StoreControllerParts {
  store: Store;
  data: CurrentData;
  view: GraphView;
  ui: Pick<UiParts, 'shell' | 'filters' | 'toolbar' | 'details' | 'refreshList'>;
  settings: ExplorerSettings;
  /** The colour legend over the graph (graph-controls.ts). */
  legend: Pick<ColorLegend, 'show'>;
  remote: RemoteSession;
  listeners: ChangeListeners;
  select(key: string, how: SelectHow): void;
  showInSource(passageIri: string): void;
  /** The node menu's items for a node (explore-controls.ts): Details shows them as buttons. */
  nodeActions(key: string): readonly NodeMenuItem[];
  /** True while the URL's state is being applied (url-sync.ts). */
  restoringUrl(): boolean;
}

export class StoreControllers {
  readonly visibility: VisibilityController;
  readonly emphasis: EmphasisController;
  readonly camera: CameraController;
  readonly appearance: AppearanceController;
  readonly filters: FiltersController;
  readonly details: DetailsController;

  constructor(private readonly parts: StoreControllerParts) {
    const { store, data, view, ui } = parts;
    const visibility = new VisibilityController(store, data, {
      view,
      filters: ui.filters,
      refreshList: () => ui.refreshList(),
    });
    this.visibility = visibility;
    this.emphasis = new EmphasisController(store, data, { view, caption: ui.shell.caption });
    this.camera = new CameraController(store, {
      view,
      data,
      visibleNodes: () => visibility.nodes(),
      restoringUrl: () => parts.restoringUrl(),
    });
    this.appearance = new AppearanceController(
      store,
      data,
      { toolbar: ui.toolbar, view, legend: parts.legend },
      parts.settings,
    );
    this.filters = new FiltersController(store, ui.filters);
    this.details = new DetailsController(store, {
      host: ui.details,
      data,
      remote: parts.remote,
      select: (key) => parts.select(key, { focus: true, showDetails: true }),
      showInSource: (passage) => parts.showInSource(passage),
      nodeActions: (key) => parts.nodeActions(key),
    });
  }

  /**
   * Each change of the store goes to the controllers in turn: sigma's selection and emphasis, visibility (and the
   * List), the camera's framing of narrowed filters, appearance, the filters panel, Details; the panels are told last.
   */
  subscribe(): void {
    const { store, listeners } = this.parts;
    for (const controller of [
      this.emphasis,
      this.visibility,
      this.camera,
      this.appearance,
      this.filters,
      this.details,
    ]) {
      store.subscribe((domain) => controller.onStoreChange(domain));
    }
    store.subscribe(relayStoreChanges(store, listeners));
  }

  /** Pushes the whole store into the view and the panels (after a data change or a URL restore). */
  syncAll(): void {
    this.visibility.apply();
    this.emphasis.sync();
    this.filters.sync();
    this.appearance.sync();
    this.camera.sync();
    this.details.render();
  }
}
