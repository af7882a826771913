import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { fileKeys } from '../../../api/files/file-keys.ts';
import { undoOffers } from '../../../lib/undo-offers.ts';
import { errorReply, stubFetch, type StubHandler } from '../../../testing/fetch-stub.ts';
import { makeFile } from '../../../testing/fixtures.ts';
import { renderWithQuery } from '../../../testing/render.tsx';
import { runsStub, type RunsStubOptions } from '../../../testing/runs-stub.ts';
import { BulkBar } from './bulk-bar.tsx';

/**
 * What a run makes stale is the data layer's business; here it matters that a run asks once,
 * for its files: the refreshes seen as the query client sees them (lists asked again, and which
 * files' details).
 */
function watchRefreshes(queryClient: QueryClient) {
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const calls = () => invalidate.mock.calls.map(([filters]) => filters ?? {});
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    /** How many times the file lists were made stale: once per change refreshed. */
    count: () => calls().filter((f) => same(f.queryKey, fileKeys.lists())).length,
    /** Whether a refresh made this file's details stale. */
    touched: (fileId: string) =>
      calls().some(
        (f) =>
          same(f.queryKey, fileKeys.details()) &&
          f.predicate?.({ queryKey: fileKeys.detail(fileId) } as never) === true,
      ),
  };
}

const FILES = ['a', 'b', 'c', 'd', 'e'].map((id) =>
  makeFile({ fileId: id, name: `${id}.jpg`, tags: ['sale'] }),
);

function setup(options: RunsStubOptions = {}, start?: StubHandler) {
  const stub = runsStub(options);
  const api = stubFetch({
    ...stub.routes,
    ...(start && { 'POST /api/bulk/tags': start }),
  });
  const { queryClient } = renderWithQuery(
    <BulkBar
      target={{ kind: 'files', files: FILES }}
      pollMs={5}
      renderAddInput={({ value, onChange }) => (
        <button type="button" onClick={() => onChange([...value, 'summer'])}>
          Add summer
        </button>
      )}
    />,
  );
  const started = () => api.calls('POST', '/api/bulk/tags').map((r) => r.body);
  const refreshed = watchRefreshes(queryClient);
  return { api, stub, started, refreshed, user: userEvent.setup() };
}

async function apply(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add summer' }));
  await user.click(screen.getByRole('button', { name: 'Apply to 5 files' }));
}

const progress = () => screen.getByRole('progressbar', { name: 'Bulk change progress' });

describe('BulkBar', () => {
  it('starts one run on the server for the selection and shows how far it got', async () => {
    const { stub, started, refreshed, user } = setup({ manual: true });
    await apply(user);

    expect(await screen.findByText('0 of 5 files…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    stub.advance(2);
    expect(await screen.findByText('2 of 5 files…')).toBeInTheDocument();
    expect(progress()).toHaveAttribute('value', '2');
    expect(progress()).toHaveAttribute('max', '5');
    stub.advance(3);

    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByText(/Updated 5 files\./)).toBeInTheDocument();
    expect(started()).toEqual([{ fileIds: ['a', 'b', 'c', 'd', 'e'], add: ['summer'] }]);
    expect(refreshed.count()).toBe(1);
    expect(['a', 'b', 'c', 'd', 'e', 'z'].map(refreshed.touched)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(undoOffers.current()).toMatchObject({
      message: 'Added summer. 5 files changed.',
      target: { kind: 'runs', runIds: [stub.runs[0]!.details.id] },
    });
  });

  it('when cancelled, then the run stops, says what was not sent, and the rest can be sent', async () => {
    const { api, stub, started, user } = setup({ manual: true });
    await apply(user);
    stub.advance(2);
    await screen.findByText('2 of 5 files…');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByRole('heading', { name: 'Cancelled' })).toHaveFocus();
    expect(screen.getByText(/Updated 2 files\. 3 files not sent\./)).toBeInTheDocument();
    expect(api.calls('POST', `/api/runs/${stub.runs[0]!.details.id}/cancel`)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Send the remaining 3 files' }));
    stub.advance(3);
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(started()[1]).toEqual({ fileIds: ['c', 'd', 'e'], add: ['summer'] });
  });

  it('lists the files that failed with the server’s reason, and retries just those', async () => {
    let failing = true;
    const { started, user } = setup({
      failure: (fileId) => (fileId === 'b' && failing ? 'The file does not exist.' : null),
    });
    await apply(user);

    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByText(/Updated 4 files\. 1 file failed\./)).toBeInTheDocument();
    const failed = screen.getByRole('list', { name: 'Failed files' });
    expect(within(failed).getByRole('listitem')).toHaveTextContent(
      'b.jpg: The file does not exist.',
    );

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(started()).toHaveLength(2));
    expect(started()[1]).toEqual({ fileIds: ['b'], add: ['summer'] });
    expect(await screen.findByText(/Updated 1 file\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument();
  });

  it('when the run cannot start, then the reason is shown and nothing is refreshed', async () => {
    const { refreshed, user } = setup({}, () =>
      errorReply(502, 'upstream_unavailable', 'ImageKit is not answering.'),
    );
    await apply(user);

    expect(await screen.findByRole('heading', { name: 'Stopped' })).toBeInTheDocument();
    expect(
      screen.getByText('Sending stopped after an error: ImageKit is not answering.'),
    ).toBeInTheDocument();
    expect(refreshed.count()).toBe(0);
  });

  it('when nothing was updated, then no file is refreshed and no Undo is offered', async () => {
    const before = undoOffers.current();
    const { refreshed, user } = setup({ failure: () => 'Nope.' });
    await apply(user);
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(refreshed.count()).toBe(0);
    expect(undoOffers.current()).toBe(before);
  });
});
