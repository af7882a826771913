import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BulkTagsResult } from '../../../../common/api/bulk-tags.ts';
import { refreshAfterFileChange } from '../../../api/files/file-cache.ts';
import {
  errorReply,
  stubFetch,
  type StubHandler,
  type StubReply,
} from '../../../testing/fetch-stub.ts';
import { makeFile } from '../../../testing/fixtures.ts';
import { renderWithQuery } from '../../../testing/render.tsx';
import { BulkBar } from './bulk-bar.tsx';

// What a run makes stale is the data layer's business; here it matters that a run asks once.
vi.mock(import('../../../api/files/file-cache.ts'), () => ({ refreshAfterFileChange: vi.fn() }));

const FILES = ['a', 'b', 'c', 'd', 'e'].map((id) =>
  makeFile({ fileId: id, name: `${id}.jpg`, tags: ['sale'] }),
);

const idsOf = (body: unknown) => (body as { fileIds: string[] }).fileIds;
const allUpdated = (body: unknown): StubReply => ({
  body: { updated: idsOf(body), failed: [] } satisfies BulkTagsResult,
});

/** Requests wait here until the test lets each one answer, so progress can be looked at. */
function gate() {
  const waiting: Array<() => void> = [];
  const handler: StubHandler = (request) =>
    new Promise((resolve) => waiting.push(() => resolve(allUpdated(request.body))));
  return {
    handler,
    async release() {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()?.();
    },
  };
}

function setup(bulk: StubHandler) {
  const api = stubFetch({ 'POST /api/bulk/tags': bulk });
  const refreshed = vi.mocked(refreshAfterFileChange);
  refreshed.mockClear();
  renderWithQuery(
    <BulkBar
      target={{ kind: 'files', files: FILES }}
      batchSize={2}
      renderAddInput={({ value, onChange }) => (
        <button type="button" onClick={() => onChange([...value, 'summer'])}>
          Add summer
        </button>
      )}
    />,
  );
  const sent = () => api.calls('POST', '/api/bulk/tags').map((r) => r.body);
  return { api, sent, refreshed, user: userEvent.setup() };
}

async function apply(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add summer' }));
  await user.click(screen.getByRole('button', { name: 'Apply to 5 files' }));
}

const progress = () => screen.getByRole('progressbar', { name: 'Bulk change progress' });

describe('BulkBar', () => {
  it('sends the selection in batches, one after another, showing how far it got', async () => {
    const requests = gate();
    const { sent, refreshed, user } = setup(requests.handler);
    await apply(user);

    expect(await screen.findByText('0 of 5 files…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await requests.release();
    expect(await screen.findByText('2 of 5 files…')).toBeInTheDocument();
    expect(progress()).toHaveAttribute('value', '2');
    expect(progress()).toHaveAttribute('max', '5');
    await requests.release();
    expect(await screen.findByText('4 of 5 files…')).toBeInTheDocument();
    await requests.release();

    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByText(/Updated 5 files\./)).toBeInTheDocument();
    expect(sent()).toEqual([
      { fileIds: ['a', 'b'], add: ['summer'] },
      { fileIds: ['c', 'd'], add: ['summer'] },
      { fileIds: ['e'], add: ['summer'] },
    ]);
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(refreshed).toHaveBeenCalledWith(expect.anything(), {
      fileIds: ['a', 'b', 'c', 'd', 'e'],
    });
  });

  it('when cancelled, then the batch in flight finishes and no further batch is sent', async () => {
    const requests = gate();
    const { sent, refreshed, user } = setup(requests.handler);
    await apply(user);
    await screen.findByText('0 of 5 files…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(/Stopping after the current batch/)).toBeInTheDocument();
    await requests.release();

    expect(await screen.findByRole('heading', { name: 'Cancelled' })).toHaveFocus();
    expect(screen.getByText(/Updated 2 files\. 3 files not sent\./)).toBeInTheDocument();
    expect(sent()).toHaveLength(1);
    expect(refreshed).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Send the remaining 3 files' }));
    await requests.release();
    await requests.release();
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(sent().slice(1).map(idsOf)).toEqual([['c', 'd'], ['e']]);
  });

  it('lists the files that failed with the server’s reason, and retries just those', async () => {
    let calls = 0;
    const { sent, user } = setup((request) => {
      calls += 1;
      const ids = idsOf(request.body);
      if (calls > 1 && ids.includes('b') && ids.length === 1) return allUpdated(request.body);
      return {
        body: {
          updated: ids.filter((id) => id !== 'b'),
          failed: ids.includes('b') ? [{ fileId: 'b', message: 'The file does not exist.' }] : [],
        },
      };
    });
    await apply(user);

    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByText(/Updated 4 files\. 1 file failed\./)).toBeInTheDocument();
    const failed = screen.getByRole('list', { name: 'Failed files' });
    expect(within(failed).getByRole('listitem')).toHaveTextContent(
      'b.jpg: The file does not exist.',
    );

    await user.click(screen.getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(sent()).toHaveLength(4));
    expect(sent()[3]).toEqual({ fileIds: ['b'], add: ['summer'] });
    expect(await screen.findByText(/Updated 1 file\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument();
  });

  it('when a whole request fails, then sending stops and its files are listed with the reason', async () => {
    const { sent, refreshed, user } = setup((request) =>
      idsOf(request.body)[0] === 'c'
        ? errorReply(502, 'upstream_unavailable', 'ImageKit is not answering.')
        : allUpdated(request.body),
    );
    await apply(user);

    expect(await screen.findByRole('heading', { name: 'Stopped' })).toBeInTheDocument();
    expect(
      screen.getByText(/Updated 2 files\. 2 files failed\. 1 file not sent\./),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Failed files' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['c.jpg: ImageKit is not answering.', 'd.jpg: ImageKit is not answering.']);
    expect(sent()).toHaveLength(2);
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Send the remaining 1 file' })).toBeInTheDocument();
  });

  it('when nothing was updated, then nothing is refreshed', async () => {
    const { refreshed, user } = setup((request) => ({
      body: {
        updated: [],
        failed: idsOf(request.body).map((fileId) => ({ fileId, message: 'Nope.' })),
      },
    }));
    await apply(user);
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(refreshed).not.toHaveBeenCalled();
  });
});
