import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fileETag } from '../../../common/file-version.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import {
  baseOf,
  keptDraftKey,
  readKeptDraft,
  writeKeptDraft,
} from '../../features/editor/kept-draft.ts';
import { errorReply, stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession, makeDraft } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const FILE = makeFile({ tags: ['shoe', 'red'], customCoordinates: '120,40,800,600' });
const KEY = keptDraftKey(FILE.fileId);
const SAVED_AT = '2026-11-02T10:00:00.000Z';
const RESTORED = 'Restored your unsaved changes from earlier.';

function setup(options: { file?: FileDetails; signedIn?: { now: boolean } } = {}) {
  const session = options.signedIn ?? { now: true };
  const api = stubFetch({
    'GET /api/session': () =>
      session.now ? { body: makeSession() } : errorReply(401, 'unauthenticated', 'Sign in.'),
    'POST /api/session': () => {
      session.now = true;
      return { body: makeSession() };
    },
    'GET /api/files/:fileId': { body: options.file ?? FILE },
    'GET /api/tags': { body: { tags: [] } },
    'PATCH /api/files/:fileId/details': (request) => {
      if (!session.now) return errorReply(401, 'unauthenticated', 'Your session has ended.');
      return { body: { ...FILE, ...(request.body as object), updatedAt: SAVED_AT } };
    },
  });
  return { api, user: userEvent.setup(), open: () => renderApp(`/files/${FILE.fileId}`) };
}

const loaded = () => screen.findByRole('heading', { name: 'red-shoe.jpg' });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Adds the tag "sale" and moves the region to x 300. */
async function edit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Tags'), 'sale{Enter}');
  await user.clear(screen.getByLabelText('X'));
  await user.type(screen.getByLabelText('X'), '300');
}

describe('file editor: unsaved drafts survive reloads and sign-ins', () => {
  it('while the draft differs from the file, then this tab keeps it with its version, never local storage', async () => {
    const { user, open } = setup();
    open();
    await loaded();
    await edit(user);

    await waitFor(() => expect(readKeptDraft(FILE.fileId)?.draft.region?.x).toBe(300));
    expect(readKeptDraft(FILE.fileId)).toEqual({
      owner: 'erin',
      basedOn: baseOf(FILE),
      draft: makeDraft({
        tags: ['shoe', 'red', 'sale'],
        region: { x: 300, y: 40, width: 800, height: 600 },
      }),
    });
    expect(localStorage.length).toBe(0);
  });

  it('when the editor opens again (a reload), then the draft is back and can be discarded', async () => {
    const { user, open } = setup();
    const first = open();
    await loaded();
    await edit(user);
    first.unmount();

    open();
    await loaded();
    expect(await screen.findByText(RESTORED)).toBeInTheDocument();
    expect(screen.getByText('sale')).toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(300);
    expect(saveButton()).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
    expect(screen.queryByText('sale')).not.toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(120);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('when a save meets an ended session, then after signing in the draft is back and saves', async () => {
    const signedIn = { now: true };
    const { api, user, open } = setup({ signedIn });
    const { router } = open();
    await loaded();
    await edit(user);
    signedIn.now = false;
    await user.click(saveButton());

    await user.type(await screen.findByLabelText('Username'), 'erin');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await loaded();
    expect(router.state.location.pathname).toBe('/files/file_1');
    expect(screen.getByText(RESTORED)).toBeInTheDocument();
    expect(screen.getByText('sale')).toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(300);

    await user.click(saveButton());
    await screen.findByText('Saved');
    const [refused, accepted] = api.calls('PATCH', '/api/files/file_1/details');
    expect(refused?.body).toEqual(accepted?.body);
    expect(accepted?.headers.get('If-Match')).toBe(fileETag(FILE));
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
  });

  it('when the draft is saved, then nothing is kept, even after the editor closes', async () => {
    const { user, open } = setup();
    const first = open();
    await loaded();
    await edit(user);
    await waitFor(() => expect(sessionStorage.getItem(KEY)).not.toBeNull());

    await user.click(saveButton());
    await screen.findByText('Saved');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    first.unmount();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('when the user leaves through "Leave", then the draft is not kept', async () => {
    const { user, open } = setup();
    open();
    await loaded();
    await edit(user);
    await user.click(screen.getByRole('link', { name: 'Back to library' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('when the file changed since the draft was kept, then the merge is offered at once', async () => {
    // Kept on the version the user opened; a colleague has since removed "red" and the region.
    writeKeptDraft(FILE.fileId, {
      owner: 'erin',
      basedOn: baseOf(FILE),
      draft: makeDraft({
        tags: ['shoe', 'red', 'sale'],
        region: { x: 300, y: 40, width: 800, height: 600 },
      }),
    });
    const theirs = { ...FILE, tags: ['shoe'], customCoordinates: null, updatedAt: SAVED_AT };
    const { api, user, open } = setup({ file: theirs });
    open();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your unsaved changes from earlier are back');
    expect(within(alert).getByText('Tags they removed: red')).toBeInTheDocument();
    expect(within(alert).getByText('They removed the region.')).toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(300);
    expect(saveButton()).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Keep my changes on their version' }));
    await user.click(saveButton());
    await screen.findByText('Saved');
    const [patch] = api.calls('PATCH', '/api/files/file_1/details');
    expect(patch?.headers.get('If-Match')).toBe(fileETag(theirs));
    expect(patch?.body).toEqual({ tags: ['shoe', 'sale'], customCoordinates: '300,40,800,600' });
  });
});
