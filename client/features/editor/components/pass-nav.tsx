import { positionText, type PassPlace } from '../use-pass-place.ts';
import './pass.css';

interface PassNavProps {
  place: PassPlace;
  onPrevious(): void;
  /** The next image; at the end of the view, back to it with what the pass saved. */
  onNext(): void;
  onHelp(): void;
}

/**
 * Previous and next in the view the editor was opened from, where the image stands in it, and the
 * way to the keyboard help. The keys are shown beside each button and named to assistive
 * technology by `aria-keyshortcuts`.
 */
export function PassNav({ place, onPrevious, onNext, onHelp }: PassNavProps) {
  const ready = place.kind === 'ready' ? place : null;
  const atEnd = ready !== null && ready.next === null;
  return (
    <nav className="pass-nav" aria-label="Images in this view">
      <button
        type="button"
        className="button"
        disabled={!ready?.previous}
        onClick={onPrevious}
        aria-keyshortcuts="Alt+ArrowLeft"
      >
        <span aria-hidden="true">← </span>Previous <span className="pass-nav__word">image</span>
        <kbd className="pass-nav__key" aria-hidden="true">
          Alt+←
        </kbd>
      </button>
      <p className="pass-nav__position">{positionText(place)}</p>
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={onNext}
        aria-keyshortcuts="Alt+ArrowRight"
      >
        {atEnd ? (
          <>
            Finish<span className="pass-nav__word">: back to the view</span>
          </>
        ) : (
          <>
            Next <span className="pass-nav__word">image</span>
          </>
        )}
        <span aria-hidden="true"> →</span>
        <kbd className="pass-nav__key" aria-hidden="true">
          Alt+→
        </kbd>
      </button>
      <button
        type="button"
        className="button button--quiet pass-nav__help"
        onClick={onHelp}
        aria-keyshortcuts="?"
      >
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </nav>
  );
}
