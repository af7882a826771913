/**
 * How the server found a suggested region:
 * - `transparency`: the image has a see-through background; the region is what is not.
 * - `background`: the background is one plain colour; the region is what differs from it.
 * - `edges`: the background is a gradient or a pattern; the region holds the strong outlines.
 * - `attention`: none of those; sharp's attention strategy picks the most eye-catching area.
 */
export const SUGGESTION_METHODS = ['transparency', 'background', 'edges', 'attention'] as const;

export type SuggestionMethod = (typeof SUGGESTION_METHODS)[number];

/** `GET /api/files/:fileId/suggested-region`: a proposal, in the original's pixels. */
export interface SuggestedRegion {
  customCoordinates: string;
  method: SuggestionMethod;
}
