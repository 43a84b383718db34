// Typed errors of the explorer shell (tests assert the class, not the wording).

export class ExplorerError extends Error {
  override name = 'ExplorerError';
}

/** An ExplorerSettings value is out of range or of the wrong type. */
export class ExplorerSettingsError extends ExplorerError {
  override name = 'ExplorerSettingsError';
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(`${setting}: ${message}`);
    this.setting = setting;
  }
}

/** The bundled graph could not be loaded or parsed. */
export class BundledGraphError extends ExplorerError {
  override name = 'BundledGraphError';
}
