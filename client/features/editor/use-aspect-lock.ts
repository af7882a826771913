import { useState } from 'react';
import { formatCoordinates, type Region, type Size } from '../../../common/coordinates.ts';
import { conformToAspect, parseAspect } from '../../../common/region-aspect.ts';

export const ASPECT_PRESETS = [
  { id: 'free', label: 'Free', ratio: null },
  { id: '1:1', label: '1:1', ratio: 1 },
  { id: '4:5', label: '4:5', ratio: 4 / 5 },
  { id: '3:2', label: '3:2', ratio: 3 / 2 },
  { id: '16:9', label: '16:9', ratio: 16 / 9 },
  { id: 'custom', label: 'Custom', ratio: null },
] as const;

export type AspectPresetId = (typeof ASPECT_PRESETS)[number]['id'];

const same = (a: Region | null, b: Region | null) =>
  a !== null && b !== null && formatCoordinates(a) === formatCoordinates(b);

/**
 * The aspect ratio the region is held to. Choosing one fits the region to it at once, growing it
 * around its centre so nothing marked is cut off. Trying one preset after another starts each
 * time from the region as the user left it, not from the previous preset's fit.
 */
export function useAspectLock(
  region: Region | null,
  image: Size | null,
  setRegion: (region: Region) => void,
) {
  const [preset, setPreset] = useState<AspectPresetId>('free');
  const [customText, setCustomText] = useState('');
  const [customRatio, setCustomRatio] = useState<number | null>(null);
  // The region before the last fit, and that fit: while the region is still the fit, the next
  // preset starts from the region before it.
  const [fit, setFit] = useState<{ from: Region; to: Region } | null>(null);

  const ratio =
    preset === 'custom'
      ? customRatio
      : (ASPECT_PRESETS.find((p) => p.id === preset)?.ratio ?? null);

  function apply(next: number | null) {
    if (next === null || !region || !image) return;
    const from = fit && same(region, fit.to) ? fit.from : region;
    const to = conformToAspect(from, next, image);
    setFit({ from, to });
    setRegion(to);
  }

  return {
    preset,
    ratio,
    customText,
    /** Whether the custom text is a ratio (an empty field is not a mistake yet). */
    customValid: customText.trim() === '' || parseAspect(customText) !== null,
    choose(id: AspectPresetId) {
      setPreset(id);
      apply(
        id === 'custom' ? customRatio : (ASPECT_PRESETS.find((p) => p.id === id)?.ratio ?? null),
      );
    },
    typeCustom: setCustomText,
    /** The custom ratio takes effect when the user is done typing it (Enter or leaving the field). */
    commitCustom() {
      const parsed = parseAspect(customText);
      setCustomRatio(parsed);
      setPreset('custom');
      apply(parsed);
    },
    /** A region of this ratio, when one is locked (e.g. a suggestion being taken). */
    fitted: (r: Region) => (ratio !== null && image ? conformToAspect(r, ratio, image) : r),
  };
}

export type AspectLock = ReturnType<typeof useAspectLock>;
