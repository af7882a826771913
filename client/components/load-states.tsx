import type { ReactNode } from 'react';

/** What shows while something loads, announced politely. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="state" role="status">
      {children}
    </p>
  );
}

/** A failed load, announced at once, with "Try again" unless retrying cannot help. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
