import type { NearDuplicateWarning } from './use-near-duplicates.ts';

const WHY: Record<NearDuplicateWarning['kind'], string> = {
  spelling: 'is spelled differently from',
  plural: 'is the plural or singular of',
  typo: 'is one letter away from',
};

interface NearDuplicateNoticeProps {
  warning: NearDuplicateWarning;
  onUseExisting(): void;
  onKeep(): void;
}

/** A new tag that looks like one the library already has, with the way to use that one. */
export function NearDuplicateNotice({ warning, onUseExisting, onKeep }: NearDuplicateNoticeProps) {
  const { tag, existing } = warning;
  const uses = existing.count === 1 ? '1 image' : `${existing.count} images`;
  return (
    <div className="tag-select__near-duplicate" role="status">
      <p>
        “{tag}” is new here and {WHY[warning.kind]} “{existing.name}” (on {uses}).
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onUseExisting}>
          Use “{existing.name}”
        </button>
        <button type="button" className="button button--quiet" onClick={onKeep}>
          Keep “{tag}”
        </button>
      </div>
    </div>
  );
}
