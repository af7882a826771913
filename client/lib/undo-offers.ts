import { useSyncExternalStore } from 'react';

/** What an Undo takes back: one journaled change (a save), or whole runs (newest last). */
export type UndoTarget = { kind: 'entry'; entryId: number } | { kind: 'runs'; runIds: string[] };

export interface UndoOffer {
  id: number;
  message: string;
  target: UndoTarget;
}

type Listener = () => void;

let offer: UndoOffer | null = null;
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * The app's one "Undo" toast: the latest change the user made that can be taken back. A newer
 * change replaces the offer; it outlives the page it was made on (a save, then the next image).
 */
export const undoOffers = {
  offer(message: string, target: UndoTarget): void {
    offer = { id: nextId++, message, target };
    emit();
  },
  dismiss(id: number): void {
    if (offer?.id !== id) return;
    offer = null;
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: (): UndoOffer | null => offer,
};

export function useUndoOffer(): UndoOffer | null {
  return useSyncExternalStore(undoOffers.subscribe, undoOffers.current);
}
