import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { undoOffers } from '../lib/undo-offers.ts';

// Pages are lazy chunks; on a busy CI machine their first import can pass the 1 s default.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  // Unmounting an editor may keep its draft in session storage; each test starts with a new tab.
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  // Test files share their modules (the project does not isolate them): the app's one Undo
  // offer would outlive the test that made it.
  const offer = undoOffers.current();
  if (offer) undoOffers.dismiss(offer.id);
});

// jsdom has no layout, so no scrolling: the grid and editor ask for it, and there is nothing to do.
window.scrollTo = () => undefined;
