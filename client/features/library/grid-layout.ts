/** Narrowest a card may be before a column is dropped (px). */
export const MIN_CARD_WIDTH = 160;
/** Space between cards, across and down (px); the CSS uses the same numbers. */
export const GRID_GAP = 12;
/** A card's padding around the square frame (px, each side). */
export const CARD_PADDING = 8;
/** Below the frame: gap, name line (20), gap, chip line (24), and the 1 px borders (px). */
export const CARD_TEXT_HEIGHT = 58;
export const MAX_COLUMNS = 12;

export interface GridLayout {
  columns: number;
  cardWidth: number;
  /** The square thumbnail frame's edge (px). */
  frameSize: number;
  /** A row of cards with the gap below it (px). */
  rowHeight: number;
}

/**
 * How cards fill a width: as many columns as fit at the minimum width, then each card grows to
 * share the rest. Every card has the same height, so rows need no measuring and a scroll
 * position means the same rows again after coming back.
 */
export function gridLayout(width: number): GridLayout {
  const fit = Math.floor((width + GRID_GAP) / (MIN_CARD_WIDTH + GRID_GAP));
  const columns = Math.min(MAX_COLUMNS, Math.max(1, fit));
  const cardWidth = Math.max(1, Math.floor((width - GRID_GAP * (columns - 1)) / columns));
  const frameSize = Math.max(1, cardWidth - 2 * CARD_PADDING);
  return {
    columns,
    cardWidth,
    frameSize,
    rowHeight: frameSize + 2 * CARD_PADDING + CARD_TEXT_HEIGHT + GRID_GAP,
  };
}

/** Rows for `count` cards, plus one for the loading indicator while more can be fetched. */
export function rowCount(count: number, columns: number, hasMore: boolean): number {
  return Math.ceil(count / columns) + (hasMore ? 1 : 0);
}
