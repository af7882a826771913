import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { summaryText, type UploadItem } from '../upload-queue.ts';
import type { UploadQueueControls } from '../use-upload-queue.ts';

interface OutcomeProps {
  item: UploadItem;
  onRetry(): void;
  onDismiss(): void;
}

function Outcome({ item, onRetry, onDismiss }: OutcomeProps) {
  const name = item.file.name;
  if (item.status === 'done' && item.result) {
    return (
      <Link to={paths.file(item.result.fileId)} className="upload-list__done">
        Uploaded<span className="visually-hidden">: open {item.result.name}</span>
      </Link>
    );
  }
  if (item.status === 'failed' && item.error) {
    const wait = item.error.retryAfter;
    return (
      <>
        <span className="upload-list__error">
          {item.error.message}
          {wait ? ` Wait ${wait} s before retrying.` : ''}
        </span>
        {item.error.retryable ? (
          <button type="button" className="button" aria-label={`Retry ${name}`} onClick={onRetry}>
            Retry
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={`Dismiss ${name}`}
            onClick={onDismiss}
          >
            Dismiss
          </button>
        )}
      </>
    );
  }
  return (
    <progress
      className="upload-list__progress"
      max={item.total || 1}
      value={item.status === 'waiting' ? 0 : item.sent}
      aria-label={`${name}: ${item.status === 'waiting' ? 'waiting' : 'sending'}`}
    />
  );
}

/**
 * Each upload with its progress and outcome, a retry for failures that another try may mend (a
 * dismissal for the others), and one spoken summary.
 */
export function UploadList(props: UploadQueueControls) {
  const { queue, summary, retry, dismiss, clearFinished } = props;
  if (queue.items.length === 0) return null;
  return (
    <div className="upload-list">
      <p className="upload-list__summary" role="status">
        {summaryText(summary)}
      </p>
      <ul aria-label="Uploads">
        {queue.items.map((item) => (
          <li key={item.id} className={`upload-list__item upload-list__item--${item.status}`}>
            <span className="upload-list__name">{item.file.name}</span>
            <Outcome
              item={item}
              onRetry={() => retry(item.id)}
              onDismiss={() => dismiss(item.id)}
            />
          </li>
        ))}
      </ul>
      {summary.done > 0 && (
        <button type="button" className="button button--quiet" onClick={clearFinished}>
          Clear finished
        </button>
      )}
    </div>
  );
}
