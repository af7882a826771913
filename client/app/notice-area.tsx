import { useSyncExternalStore } from 'react';
import type { NoticeStore } from '../lib/notices.ts';

/** Where every error notice of the app appears (fed by the query cache). */
export function NoticeArea({ notices }: { notices: NoticeStore }) {
  const list = useSyncExternalStore(notices.subscribe, notices.getSnapshot);
  return (
    <section className="notice-area" aria-label="Notifications" aria-live="assertive">
      {list.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p>{notice.message}</p>
          <button
            type="button"
            className="button button--quiet"
            aria-label="Dismiss notification"
            onClick={() => notices.dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
