import {
  fileState,
  type FileState,
  type HistoryEntry,
  type JournalAction,
} from '../../../common/api/history.ts';
import { parseCoordinates } from '../../../common/coordinates.ts';

const ACTIONS: Record<JournalAction, string> = {
  save: 'Saved',
  'bulk-tags': 'Bulk tag change',
  'tag-rename': 'Tag renamed',
  'tag-merge': 'Tags merged',
  'tag-delete': 'Tag deleted',
  'undo-run': 'Run undone',
  revert: 'Reverted',
  upload: 'Uploaded',
};

export const actionLabel = (action: JournalAction) => ACTIONS[action];

/** "10,20 · 300×400": where the region starts and how big it is, in the image's pixels. */
export function describeRegion(coordinates: string): string {
  const region = parseCoordinates(coordinates);
  if (!region) return coordinates;
  return `${region.x},${region.y} · ${region.width}×${region.height}`;
}

function regionLine(before: string | null, after: string | null): string | null {
  if (before === after) return null;
  if (before === null) return `Region set to ${describeRegion(after!)}`;
  if (after === null) return `Region removed (was ${describeRegion(before)})`;
  const [from, to] = [parseCoordinates(before), parseCoordinates(after)];
  const resized = from && to && (from.width !== to.width || from.height !== to.height);
  const verb = resized ? 'resized' : 'moved';
  return `Region ${verb} from ${describeRegion(before)} to ${describeRegion(after)}`;
}

const text = (value: unknown) =>
  value === undefined || value === null ? '–' : JSON.stringify(value);

/**
 * What a change did, one line each: "+sale", "−red", "Region moved from … to …", "Description
 * changed", a metadata field's old and new value. Empty when it changed nothing.
 */
export function describeChange(before: FileState | null, after: FileState): string[] {
  const was = before ?? fileState();
  const lines = [
    ...after.tags.filter((tag) => !was.tags.includes(tag)).map((tag) => `+${tag}`),
    ...was.tags.filter((tag) => !after.tags.includes(tag)).map((tag) => `−${tag}`),
  ];
  const region = regionLine(was.customCoordinates, after.customCoordinates);
  if (region) lines.push(region);
  if (was.description !== after.description) {
    lines.push(
      after.description === ''
        ? 'Description removed'
        : was.description === ''
          ? `Description set: “${after.description}”`
          : `Description changed to “${after.description}”`,
    );
  }
  const keys = new Set([...Object.keys(was.customMetadata), ...Object.keys(after.customMetadata)]);
  for (const key of [...keys].sort()) {
    const [from, to] = [was.customMetadata[key], after.customMetadata[key]];
    if (JSON.stringify(from) !== JSON.stringify(to))
      lines.push(`${key}: ${text(from)} → ${text(to)}`);
  }
  return lines;
}

/** How the entry turned out, when that is not simply "made". */
export function statusNote(entry: HistoryEntry): string | null {
  if (entry.status === 'failed') return 'Failed: this change was not made.';
  if (entry.status === 'unknown')
    return 'ImageKit’s answer was lost; whether it was made is unknown.';
  if (entry.status === 'pending') return 'On its way…';
  return null;
}

/** Only a change that was made, and was not an upload, can be reverted. */
export const canRevert = (entry: HistoryEntry) =>
  entry.status === 'applied' && entry.action !== 'upload' && entry.before !== null;
