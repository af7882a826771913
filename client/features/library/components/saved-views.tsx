import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDeleteView } from '../../../api/views/delete-view.ts';
import { useSavedViews } from '../../../api/views/list-views.ts';
import { useSaveView } from '../../../api/views/save-view.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import {
  viewFromQuery,
  viewKey,
  viewToQuery,
  type LibraryView,
} from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';

/** The user's named views (links that open them) and a way to save the current one. */
export function SavedViews({ view }: { view: LibraryView }) {
  const views = useSavedViews();
  const remove = useDeleteView();
  const current = viewKey(view);

  return (
    <section className="filter-group saved-views" aria-labelledby="saved-views-title">
      <h2 id="saved-views-title" className="filter-group__title">
        Saved views
      </h2>
      {views.isError && <p className="hint">Could not load your saved views.</p>}
      {views.data && views.data.length === 0 && <p className="hint">None yet.</p>}
      {views.data && views.data.length > 0 && (
        <ul className="saved-views__list">
          {views.data.map((saved) => {
            const savedView = viewFromQuery(saved.query);
            return (
              <li key={saved.id}>
                <Link
                  to={paths.view(savedView)}
                  aria-current={viewKey(savedView) === current ? 'page' : undefined}
                >
                  {saved.name}
                </Link>
                <button
                  type="button"
                  className="saved-views__delete"
                  aria-label={`Delete view ${saved.name}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(saved.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SaveViewForm view={view} />
    </section>
  );
}

function SaveViewForm({ view }: { view: LibraryView }) {
  const id = useId();
  const [name, setName] = useState('');
  const save = useSaveView();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    save.mutate({ name: name.trim(), query: viewToQuery(view) }, { onSuccess: () => setName('') });
  }

  return (
    <form className="saved-views__form" onSubmit={submit}>
      <label htmlFor={id}>Save this view as</label>
      <div className="saved-views__row">
        <input
          id={id}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={!name.trim() || save.isPending}>
          Save
        </button>
      </div>
      {save.isError && <p role="alert">{errorMessage(save.error)}</p>}
      {save.isSuccess && !name && (
        <p role="status" className="hint">
          Saved “{save.data.name}”.
        </p>
      )}
    </form>
  );
}
