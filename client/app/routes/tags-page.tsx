import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import type { TagSort } from '../../api/tags/tag-keys.ts';
import { BulkRunStatus } from '../../features/bulk/components/bulk-run-status.tsx';
import '../../features/bulk/components/bulk.css';
import { tagRenamePlan } from '../../features/bulk/tag-rename-plan.ts';
import { useBulkRun } from '../../features/bulk/use-bulk-run.ts';
import { SearchBox } from '../../features/library/components/search-box.tsx';
import { TagRewriteDialog } from '../../features/tags/components/tag-rewrite-dialog.tsx';
import { TagTable } from '../../features/tags/components/tag-table.tsx';
import type { TagAction } from '../../features/tags/tag-rewrite.ts';
import { TagSortSelect } from '../../features/tags/components/tag-sort-select.tsx';
import { tagSortFrom } from '../../features/tags/tag-sort.ts';

interface Asking {
  action: TagAction;
  tag: string;
  count: number;
}

/**
 * `/tags`: every tag with its count (the rare ones, often typos, first when sorted so), and for
 * editors rename, merge and delete across the library, run as bulk runs with progress and cancel.
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
            run.run(tagRenamePlan(rewrite.from, rewrite.to, asking.count));
          }}
        />
      )}
    </>
  );
}
