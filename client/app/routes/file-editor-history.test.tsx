import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../common/api/history.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { undoOffers } from '../../lib/undo-offers.ts';
import { errorReply, stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const FILE = makeFile({ tags: ['shoe', 'sale'], customCoordinates: '50,60,300,400' });
const state = (tags: string[], customCoordinates: string | null) => ({
  tags,
  customCoordinates,
  description: '',
  customMetadata: {},
});
const SAVED: HistoryEntry = {
  id: 7,
  fileId: FILE.fileId,
  at: '2026-11-10T09:30:00.000Z',
  user: 'sam',
  action: 'save',
  before: state(['shoe', 'red'], '10,20,300,400'),
  after: state(['shoe', 'sale'], '50,60,300,400'),
  status: 'applied',
  runId: null,
  requestId: 'req-1',
  message: null,
  revertOf: null,
};
const REVERTED = makeFile({
  tags: ['shoe', 'red'],
  customCoordinates: '10,20,300,400',
  updatedAt: '2026-11-10T10:00:00.000Z',
});

afterEach(() => {
  const offer = undoOffers.current();
  if (offer) undoOffers.dismiss(offer.id);
});

function setup(options: { revert?: () => ReturnType<typeof errorReply> } = {}) {
  const server = { file: FILE as FileDetails };
  const api = stubFetch({
    'GET /api/session': { body: makeSession('editor') },
    'GET /api/files/:fileId': () => ({ body: server.file }),
    'GET /api/tags': { body: { tags: [] } },
    'GET /api/files/:fileId/history': { body: { entries: [SAVED] } },
    'POST /api/history/:entryId/revert': () => {
      if (options.revert) return options.revert();
      server.file = REVERTED;
      return { body: { file: REVERTED, entry: { ...SAVED, id: 8, action: 'revert' } } };
    },
    'PATCH /api/files/:fileId/details': (request) => ({
      body: { ...server.file, ...(request.body as object), updatedAt: '2026-11-10T11:00:00.000Z' },
      headers: { 'X-Journal-Entry': '9' },
    }),
  });
  renderApp(`/files/${FILE.fileId}`);
  return { api, user: userEvent.setup() };
}

const history = () => screen.findByRole('list', { name: 'Changes' });

describe('file editor: history', () => {
  it('when the file has changes, then each says what it did, who and when', async () => {
    setup();
    const entry = within(await history()).getByRole('listitem', { name: 'Saved by sam' });
    expect(
      within(entry)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['+sale', '−red', 'Region moved from 10,20 · 300×400 to 50,60 · 300×400']);
    expect(within(entry).getByRole('time')).toHaveAttribute('datetime', SAVED.at);
  });

  it('when Revert is pressed, then the server reverts it and the editor shows the file as it was', async () => {
    const { api, user } = setup();
    const entry = within(await history()).getByRole('listitem', { name: 'Saved by sam' });
    await user.click(within(entry).getByRole('button', { name: 'Revert' }));
    expect(api.calls('POST', '/api/history/7/revert')).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('red')).toBeInTheDocument());
    expect(screen.getByLabelText('X')).toHaveValue(10);
    expect(screen.queryByText('sale')).not.toBeInTheDocument();
  });

  it('when something is in the way, then the entry says so and nothing changes', async () => {
    const { user } = setup({
      revert: () =>
        errorReply(
          409,
          'revert_conflict',
          'Not reverted: the region changed again since; restoring would overwrite that.',
        ),
    });
    const entry = within(await history()).getByRole('listitem', { name: 'Saved by sam' });
    await user.click(within(entry).getByRole('button', { name: 'Revert' }));
    expect(await within(entry).findByRole('alert')).toHaveTextContent(
      /the region changed again since/,
    );
    expect(screen.getByText('sale')).toBeInTheDocument();
  });

  it('when the draft has unsaved edits, then Revert waits for them to be saved or discarded', async () => {
    const { user } = setup();
    await history();
    await user.type(screen.getByLabelText('Tags'), 'new{Enter}');
    expect(screen.getByRole('button', { name: 'Revert' })).toBeDisabled();
    expect(
      screen.getByText('Save or discard your changes before reverting one.'),
    ).toBeInTheDocument();
  });

  it('when a save succeeds, then a toast offers Undo, which reverts the save', async () => {
    const { api, user } = setup();
    await history();
    await user.type(screen.getByLabelText('Tags'), 'new{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const toast = within(await screen.findByRole('region', { name: 'Undo' }));
    expect(await toast.findByText('Saved red-shoe.jpg.')).toBeInTheDocument();
    await user.click(toast.getByRole('button', { name: 'Undo' }));
    expect(await toast.findByText('Undone.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/history/9/revert')).toHaveLength(1);
  });
});
