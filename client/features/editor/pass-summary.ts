import type { FileDetails } from '../../../common/file-details.ts';
import { formatCount } from '../../lib/format-count.ts';

/** What a pass saved, for the summary at its end. */
export interface PassSummary {
  saved: number;
  /** Of those, how many now have tags, and how many a region. */
  tagged: number;
  framed: number;
}

/** The summary of `saved`, with `also` counted as saved (the save on its way, when it succeeds). */
export function summarize(saved: readonly FileDetails[], also?: FileDetails): PassSummary {
  const files = also ? [...saved.filter((f) => f.fileId !== also.fileId), also] : saved;
  return {
    saved: files.length,
    tagged: files.filter((f) => (f.tags ?? []).length > 0).length,
    framed: files.filter((f) => f.customCoordinates !== null).length,
  };
}

/** How a pass's summary travels to the view: in the router state of the navigation there. */
export interface PassSummaryState {
  passSummary: PassSummary;
  /** Whether the pass went through to the end of the view, rather than back early. */
  finished: boolean;
}

/** The summary in a location's state, if the editor sent one. */
export function passSummaryOf(state: unknown): PassSummaryState | null {
  if (typeof state !== 'object' || state === null || !('passSummary' in state)) return null;
  const { passSummary, finished } = state as PassSummaryState;
  return typeof passSummary?.saved === 'number'
    ? { passSummary, finished: finished === true }
    : null;
}

const images = (n: number) => `${formatCount(n)} ${n === 1 ? 'image' : 'images'}`;

/** "Saved 12 images in this pass: 12 now tagged, 3 with a region." */
export function summaryText({ saved, tagged, framed }: PassSummary): string {
  if (saved === 0) return 'Nothing was saved in this pass.';
  const details = [
    tagged > 0 && `${formatCount(tagged)} now tagged`,
    framed > 0 && `${formatCount(framed)} with a region`,
  ].filter(Boolean);
  return `Saved ${images(saved)} in this pass${details.length > 0 ? `: ${details.join(', ')}` : ''}.`;
}
