import { useLocation, useNavigate } from 'react-router';
import { PassSummaryNotice } from '../../features/editor/components/pass-summary-notice.tsx';
import { passSummaryOf } from '../../features/editor/pass-summary.ts';

/** What the editor's pass through this view saved, when the user has just come back from it. */
export function LibraryPassSummary() {
  const location = useLocation();
  const navigate = useNavigate();
  const summary = passSummaryOf(location.state);
  if (!summary) return null;
  const dismiss = () =>
    void navigate({ search: location.search, hash: location.hash }, { replace: true, state: null });
  return <PassSummaryNotice summary={summary} onDismiss={dismiss} />;
}
