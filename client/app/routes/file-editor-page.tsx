import { useLayoutEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isFileId } from '../../../common/file-id.ts';
import { useFile } from '../../api/files/get-file.ts';
import { isApiError } from '../../lib/api-client.ts';
import { paths, viewFromEditorParams } from '../../lib/paths.ts';
import type { EditorLoop } from '../../features/editor/editor-loop.ts';
import { EditorPass } from './file-editor-pass.tsx';
import { FileEditorForm } from './file-editor-form.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { Loading } from '../../components/load-states.tsx';
import { PageTitle } from '../../components/page-title.tsx';

/** `/files/:fileId`: loads the file and hands it to the editor form, within a pass through the view. */
export function FileEditorPage() {
  const { fileId = '' } = useParams();
  // Opened from far down the library, the page would keep that scroll position. (Braces: in
  // newer Chromium scrollTo returns a promise, which React would take for a cleanup function.)
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [fileId]);
  if (!isFileId(fileId)) return <NotFoundPage />;
  return <EditorPass fileId={fileId} Editor={FileLoader} />;
}

function FileLoader({ fileId, loop }: { fileId: string; loop: EditorLoop }) {
  const file = useFile(fileId);
  const [params] = useSearchParams();

  if (file.isPending) {
    return (
      <>
        <PageTitle title="Loading image…" />
        <Loading>Loading image…</Loading>
      </>
    );
  }
  if (file.isError) {
    const missing = isApiError(file.error) && file.error.status === 404;
    return (
      <section className="state state--error">
        <PageTitle title={missing ? 'Image not found' : 'Image not loaded'} />
        <h1>{missing ? 'This image does not exist' : 'Could not load this image'}</h1>
        <p>
          {!missing && (
            <button type="button" className="button" onClick={() => void file.refetch()}>
              Try again
            </button>
          )}{' '}
          <Link to={paths.view(viewFromEditorParams(params))}>Back to library</Link>
        </p>
      </section>
    );
  }
  return <FileEditorForm file={file.data} loop={loop} />;
}
