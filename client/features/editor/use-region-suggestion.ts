import { useState } from 'react';
import type { SuggestionMethod } from '../../../common/api/suggested-region.ts';
import { formatCoordinates, parseCoordinates, type Region } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { useSuggestedRegion } from '../../api/files/get-suggested-region.ts';
import { errorMessage } from '../../lib/query-client.ts';

export type SuggestionState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** `proposal` is null once the user took it or let it go. */
  | { kind: 'ready'; proposal: Region | null; method: SuggestionMethod };

/**
 * "Suggest region": asks the server for the product's bounding box, and holds it as a proposal
 * until the user takes it or lets it go. `auto` asks as the editor opens (an image without a
 * region, for someone who can edit it), so the proposal is there by the time they reach it.
 */
export function useRegionSuggestion(file: FileDetails, current: Region | null, auto: boolean) {
  const [asked, setAsked] = useState(auto);
  // The coordinates the user already took or let go; a new answer is a new proposal.
  const [settled, setSettled] = useState<string | null>(null);
  const query = useSuggestedRegion(file.fileId, file.versionInfo.id, asked);

  let state: SuggestionState = { kind: 'idle' };
  if (query.isError) state = { kind: 'failed', message: errorMessage(query.error) };
  else if (query.data) {
    const region = parseCoordinates(query.data.customCoordinates);
    const same = current && region && formatCoordinates(current) === formatCoordinates(region);
    const open = region && !same && settled !== query.data.customCoordinates;
    state = { kind: 'ready', proposal: open ? region : null, method: query.data.method };
  } else if (asked) state = { kind: 'loading' };

  const settle = () => setSettled(query.data?.customCoordinates ?? null);
  return {
    state,
    proposal: state.kind === 'ready' ? state.proposal : null,
    /** Asks (again): shows the same proposal anew, or retries a failure. */
    ask() {
      setSettled(null);
      if (!asked) setAsked(true);
      else if (query.isError) void query.refetch();
    },
    /** The user took the proposal or let it go: it is no longer shown. */
    settle,
  };
}

export type RegionSuggestion = ReturnType<typeof useRegionSuggestion>;
