const KEY = 'tagcrop.library-scroll';
/** Views whose position is kept; the oldest are forgotten first. */
const MAX_VIEWS = 20;

type Positions = Record<string, number>;

function read(storage: Storage): Positions {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Positions) : {};
  } catch {
    return {};
  }
}

/** Where the page was scrolled in this view, in this tab; 0 for a view not seen yet. */
export function savedScrollY(viewKey: string, storage: Storage = sessionStorage): number {
  const y = read(storage)[viewKey];
  return typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : 0;
}

export function saveScrollY(viewKey: string, y: number, storage: Storage = sessionStorage): void {
  const positions = read(storage);
  delete positions[viewKey];
  positions[viewKey] = Math.max(0, Math.round(y));
  const kept = Object.entries(positions).slice(-MAX_VIEWS);
  try {
    storage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or disabled: coming back starts at the top, nothing worse.
  }
}
