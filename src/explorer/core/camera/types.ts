// Camera state as shared in the URL: sigma's framed-graph coordinates and zoom ratio; null = fit the whole graph.
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export type CameraState = CameraView | null;
