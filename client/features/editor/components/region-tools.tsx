import type { Region } from '../../../../common/coordinates.ts';
import type { AspectLock } from '../use-aspect-lock.ts';
import type { RegionSuggestion } from '../use-region-suggestion.ts';
import { AspectPresets } from './aspect-presets.tsx';
import { SuggestionStatus } from './suggestion-status.tsx';

interface RegionToolsProps {
  region: Region | null;
  lock: AspectLock;
  suggestion: RegionSuggestion;
  onAccept(): void;
  onAdd(): void;
  onClear(): void;
}

/** Framing: the aspect ratio, the suggested region, and adding or clearing the region. */
export function RegionTools({
  region,
  lock,
  suggestion,
  onAccept,
  onAdd,
  onClear,
}: RegionToolsProps) {
  const busy = suggestion.state.kind === 'loading';
  return (
    <section className="editor__section region-tools" aria-label="Framing">
      <AspectPresets lock={lock} />
      <SuggestionStatus
        state={suggestion.state}
        onAccept={onAccept}
        onDismiss={suggestion.settle}
        onRetry={suggestion.ask}
      />
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={suggestion.ask}>
          Suggest region
        </button>
        {region ? (
          <button type="button" className="button button--quiet" onClick={onClear}>
            Clear region
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={onAdd}>
            Add region
          </button>
        )}
      </div>
    </section>
  );
}
