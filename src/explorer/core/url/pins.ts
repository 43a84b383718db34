// Pinned nodes in the URL (`pins=`): each node's key and where it was put, so a shared link shows the arrangement the
// user made by hand, and Back undoes a pin.

export interface PinnedAt {
  x: number;
  y: number;
}

/** More pins than this leave none in the link rather than a URL of many kilobytes (the drawing keeps them all). */
export const MAX_LINKED_PINS = 200;

const ENTRIES = ' ';
/** Between a key and its coordinates: never in an IRI (RFC 3987 excludes "|"), nor in a blank node label. */
const FIELDS = '|';

/** Coordinates to a thousandth of a graph unit: a link stays short, a node lands where it was to the pixel. */
function short(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** `key|x|y key|x|y`, in key order (one arrangement, one URL); null when there is nothing (or too much) to carry. */
export function encodePins(pins: ReadonlyMap<string, PinnedAt>): string | null {
  const entries = [...pins]
    .filter(([key, at]) => key !== '' && !key.includes(ENTRIES) && !key.includes(FIELDS) && finite(at))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0 || entries.length > MAX_LINKED_PINS) return null;
  return entries.map(([key, at]) => [key, short(at.x), short(at.y)].join(FIELDS)).join(ENTRIES);
}

function finite(at: PinnedAt): boolean {
  return Number.isFinite(at.x) && Number.isFinite(at.y);
}

/** The pins a link carries; entries that are not `key|x|y` with finite numbers are skipped, never fatal. */
export function decodePins(value: string | null): Map<string, PinnedAt> {
  const pins = new Map<string, PinnedAt>();
  for (const entry of (value ?? '').split(ENTRIES)) {
    if (pins.size >= MAX_LINKED_PINS) break;
    const fields = entry.split(FIELDS);
    if (fields.length !== 3) continue;
    const [key = '', x = '', y = ''] = fields;
    const at = { x: Number(x), y: Number(y) };
    if (key === '' || x.trim() === '' || y.trim() === '' || !finite(at)) continue;
    pins.set(key, at);
  }
  return pins;
}
