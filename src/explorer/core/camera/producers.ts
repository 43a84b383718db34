// Pure producers of the camera state (rounded so the URL stays short and stable).
import type { Producer } from '../store';
import type { CameraState, CameraView } from './types';

export function roundCamera(view: CameraView): CameraView {
  return {
    x: Math.round(view.x * 1e4) / 1e4,
    y: Math.round(view.y * 1e4) / 1e4,
    ratio: Math.round(view.ratio * 1e4) / 1e4,
  };
}

export function setCamera(view: CameraView | null): Producer<CameraState> {
  return (state) => {
    if (view === null) return state === null ? state : null;
    const next = roundCamera(view);
    if (state && state.x === next.x && state.y === next.y && state.ratio === next.ratio) return state;
    return next;
  };
}
