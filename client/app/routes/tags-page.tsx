import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import type { TagSort } from '../../api/tags/tag-keys.ts';
import { BulkRunStatus } from '../../features/bulk/components/bulk-run-status.tsx';
import '../../features/bulk/components/bulk.css';
import type { BulkPlan } from '../../features/bulk/bulk-plan.ts';
import { useBulkRun } from '../../features/bulk/use-bulk-run.ts';
import { SearchBox } from '../../features/library/components/search-box.tsx';
import { TagRewriteDialog } from '../../features/tags/components/tag-rewrite-dialog.tsx';
import { TagTable } from '../../features/tags/components/tag-table.tsx';
import type { TagAction, TagRewrite } from '../../features/tags/tag-rewrite.ts';
import { TagSortSelect } from '../../features/tags/components/tag-sort-select.tsx';
import { tagSortFrom } from '../../features/tags/tag-sort.ts';

/** The Tags page's rewrite as the server's run takes it, with the change its summary describes. */
function rewritePlan({ action, from, to }: TagRewrite, count: number): BulkPlan {
  const change = { add: to === null ? [] : [to], remove: [from] };
  const rewrite =
    action === 'delete' || to === null ? { action: 'delete' as const, from } : { action, from, to };
  return { kind: 'rewrite', rewrite, count, change };
}

interface Asking {
  action: TagAction;
  tag: string;
  count: number;
}

/**
 * `/tags`: every tag with its count (the rare ones, often typos, first when sorted so), and for
 * editors rename, merge and delete across the library, run on the server with progress and cancel.
 */
export function TagsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = tagSortFrom(params.get('sort'));
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;
  const run = useBulkRun();
  const [asking, setAsking] = useState<Asking | null>(null);

  function show(next: { q?: string; sort?: TagSort }, replace = false) {
    const merged = { q: next.q ?? q, sort: next.sort ?? sort };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.sort !== '-count') search.set('sort', merged.sort);
    setParams(search, { replace });
  }

  return (
    <>
      <div className="page-heading">
        <h1>Tags</h1>
      </div>
      <div className="tags-tools">
        <SearchBox
          value={q}
          placeholder="Part of a tag"
          onSearch={(text) => show({ q: text.trim() }, true)}
        />
        <TagSortSelect value={sort} onChange={(next) => show({ sort: next })} />
      </div>
      {run.state.kind !== 'idle' && (
        <section className="tag-run" aria-label="Tag change">
          <BulkRunStatus run={run} />
        </section>
      )}
      <TagTable
        params={{ q, sort }}
        onAction={
          canEdit && run.state.kind !== 'running'
            ? (action, tag, count) => setAsking({ action, tag, count })
            : undefined
        }
      />
      {asking && (
        <TagRewriteDialog
          {...asking}
          onClose={() => setAsking(null)}
          onConfirm={(rewrite) => {
            setAsking(null);
            run.run(rewritePlan(rewrite, asking.count));
          }}
        />
      )}
    </>
  );
}
