export interface Notice {
  id: number;
  message: string;
}

export interface NoticeStore {
  push(message: string): void;
  dismiss(id: number): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly Notice[];
}

const MAX_NOTICES = 3;

/**
 * The app's one list of error notices (fed by the query cache). Repeats of a message that is
 * still showing are dropped, so ten failing thumbnails do not bury the screen.
 */
export function createNoticeStore(): NoticeStore {
  let notices: readonly Notice[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    push(message) {
      if (notices.some((n) => n.message === message)) return;
      notices = [...notices, { id: nextId++, message }].slice(-MAX_NOTICES);
      emit();
    },
    dismiss(id) {
      notices = notices.filter((n) => n.id !== id);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => notices,
  };
}
