import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { ActivityList } from '../../features/history/components/activity-list.tsx';

/** `/activity`: the runs over many files (bulk changes, tag rewrites), each undoable. */
export function ActivityPage() {
  const { data: session } = useSession();
  const mayUndo = session ? roleAtLeast(session.user.role, 'editor') : false;
  return (
    <>
      <PageTitle title="Activity" />
      <div className="page-heading">
        <h1>Activity</h1>
      </div>
      <p className="hint">
        Bulk changes and tag renames, merges and deletions. Undoing one takes off what it added to
        each image and puts back what it removed; a tag an image already had stays.
      </p>
      <ActivityList mayUndo={mayUndo} />
    </>
  );
}
