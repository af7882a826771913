import { useId } from 'react';
import { ASPECT_PRESETS, type AspectLock } from '../use-aspect-lock.ts';

/** Free, 1:1, 4:5, 3:2, 16:9 or a typed ratio; the region keeps it while dragged and typed. */
export function AspectPresets({ lock }: { lock: AspectLock }) {
  const id = useId();
  return (
    <fieldset className="aspect-presets">
      <legend>Aspect ratio</legend>
      <div className="aspect-presets__choices">
        {ASPECT_PRESETS.map((preset) => (
          <label key={preset.id} className="aspect-presets__choice">
            <input
              type="radio"
              name={`${id}-aspect`}
              value={preset.id}
              checked={lock.preset === preset.id}
              onChange={() => lock.choose(preset.id)}
            />
            {preset.label}
          </label>
        ))}
      </div>
      {lock.preset === 'custom' && (
        <div className="aspect-presets__custom">
          <label htmlFor={`${id}-custom`}>Ratio (width:height)</label>
          <input
            id={`${id}-custom`}
            inputMode="decimal"
            placeholder="e.g. 1.91:1"
            value={lock.customText}
            aria-invalid={!lock.customValid}
            aria-describedby={lock.customValid ? undefined : `${id}-custom-problem`}
            onChange={(e) => lock.typeCustom(e.target.value)}
            onBlur={lock.commitCustom}
            onKeyDown={(e) => {
              // Enter applies the ratio; it must not submit (save) the editor form.
              if (e.key === 'Enter') {
                e.preventDefault();
                lock.commitCustom();
              }
            }}
          />
          {!lock.customValid && (
            <p id={`${id}-custom-problem`} className="field-problem">
              Write a ratio like 16:9, 4/5 or 1.5 (between 1:10 and 10:1).
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
