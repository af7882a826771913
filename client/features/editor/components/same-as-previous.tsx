import type { PreviousImage } from '../same-as-previous.ts';
import { useLoopKeys } from '../use-loop-keys.ts';
import './pass.css';

interface SameAsPreviousProps {
  /** The image to copy from: the last one saved in this pass, else the one before in the view. */
  previous: PreviousImage | null;
  /** False when this file cannot have a region (no pixel size). */
  canTakeRegion: boolean;
  onTags(): void;
  onRegion(): void;
}

/**
 * "Same as previous": the previous image's tags, its region (scaled to this image), or both, one
 * key each. The buttons are no Tab stops, like the quick picks: the shortcuts reach them, and
 * as stops they would stand between the tags and the region.
 */
export function SameAsPrevious({ previous, canTakeRegion, onTags, onRegion }: SameAsPreviousProps) {
  const hasTags = (previous?.tags ?? []).length > 0;
  const hasRegion = canTakeRegion && Boolean(previous?.customCoordinates);
  const both = () => {
    if (hasTags) onTags();
    if (hasRegion) onRegion();
  };
  useLoopKeys({
    ...(hasTags && { sameTags: onTags }),
    ...(hasRegion && { sameRegion: onRegion }),
    ...((hasTags || hasRegion) && { sameBoth: both }),
  });

  return (
    <div className="same-as-previous" role="group" aria-label="Same as previous image">
      <p className="same-as-previous__label">
        Same as previous
        {previous ? (
          <span className="same-as-previous__source"> ({previous.name})</span>
        ) : (
          <span className="same-as-previous__source">: no previous image yet</span>
        )}
      </p>
      <div className="same-as-previous__buttons">
        <Choice label="Both" keys="Alt+Shift+P" disabled={!hasTags && !hasRegion} onClick={both} />
        <Choice label="Tags" keys="Alt+Shift+G" disabled={!hasTags} onClick={onTags} />
        <Choice label="Region" keys="Alt+Shift+R" disabled={!hasRegion} onClick={onRegion} />
      </div>
    </div>
  );
}

function Choice(props: { label: string; keys: string; disabled: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      className="same-as-previous__choice"
      tabIndex={-1}
      disabled={props.disabled}
      aria-keyshortcuts={props.keys}
      onClick={props.onClick}
    >
      {props.label} <kbd aria-hidden="true">{props.keys}</kbd>
    </button>
  );
}
