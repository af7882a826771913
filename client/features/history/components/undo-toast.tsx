import { useState } from 'react';
import { useRevertEntry } from '../../../api/history/revert-entry.ts';
import { useUndoRuns } from '../../../api/runs/undo-run.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { undoOffers, useUndoOffer, type UndoOffer } from '../../../lib/undo-offers.ts';
import './history.css';

type Outcome = { offerId: number; text: string };

/**
 * "Saved red-shoe.jpg. Undo": the latest change the user made, taken back in one click (a
 * revert of the save, or an undo of the run). A newer change replaces it; × puts it away.
 */
export function UndoToast() {
  const offer = useUndoOffer();
  const revert = useRevertEntry();
  const undoRuns = useUndoRuns();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = revert.isPending || undoRuns.isPending;
  const shown = outcome && outcome.offerId === offer?.id ? outcome.text : null;

  async function undo(current: UndoOffer) {
    const { target } = current;
    try {
      if (target.kind === 'entry') {
        await revert.mutateAsync(target.entryId);
        setOutcome({ offerId: current.id, text: 'Undone.' });
      } else {
        const ended = await undoRuns.mutateAsync(target.runIds);
        const files = ended.reduce((n, run) => n + run.updated, 0);
        setOutcome({
          offerId: current.id,
          text: `Undone: ${files} ${files === 1 ? 'file' : 'files'} changed back.`,
        });
      }
    } catch (error) {
      setOutcome({ offerId: current.id, text: `Not undone: ${errorMessage(error)}` });
    }
  }

  // The region is always there, so that screen readers announce what appears in it.
  return (
    <section className="undo-toast-area" aria-label="Undo" aria-live="polite">
      {offer && (
        <div className="undo-toast" role="status">
          <p>{shown ?? (busy ? 'Undoing…' : offer.message)}</p>
          {!shown && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void undo(offer)}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            aria-label="Dismiss"
            onClick={() => undoOffers.dismiss(offer.id)}
          >
            ×
          </button>
        </div>
      )}
    </section>
  );
}
