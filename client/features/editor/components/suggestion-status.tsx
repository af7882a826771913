import type { SuggestionMethod } from '../../../../common/api/suggested-region.ts';
import { describeRegion } from '../region-numbers.ts';
import type { SuggestionState } from '../use-region-suggestion.ts';

const HOW: Record<SuggestionMethod, string> = {
  transparency: 'the see-through background trimmed',
  background: 'the plain background trimmed',
  edges: 'the product’s outline against its background',
  attention: 'the most eye-catching area (no clear background found)',
};

interface SuggestionStatusProps {
  state: SuggestionState;
  onAccept(): void;
  onDismiss(): void;
  onRetry(): void;
}

/** Where the suggestion stands, and the buttons to take it or let it go. */
export function SuggestionStatus({ state, onAccept, onDismiss, onRetry }: SuggestionStatusProps) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'loading') {
    return (
      <p className="suggestion-status" role="status">
        Finding the product…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="suggestion-status" role="alert">
        <p>Could not suggest a region: {state.message}</p>
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (!state.proposal) return null;
  return (
    <div className="suggestion-status suggestion-status--ready" role="status">
      <p>
        Suggested ({HOW[state.method]}): {describeRegion(state.proposal)}. Enter on the region takes
        it.
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onAccept}>
          Use suggestion
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
