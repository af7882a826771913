import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RunDetails, RunSummary } from '../../../common/api/runs.ts';
import type { Role } from '../../../common/api/session.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeRun, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const RUN: RunSummary = makeRun(12, {
  user: 'sam',
  at: '2026-11-10T09:00:00.000Z',
  finishedAt: '2026-11-10T09:00:05.000Z',
  change: { add: ['sale'], remove: ['red'] },
  updated: 11,
  failed: 1,
});
const RENAME: RunSummary = {
  ...RUN,
  id: '00000000-0000-4000-8000-000000000002',
  kind: 'tag-rename',
  tag: { from: 'cutout', to: 'cut-out' },
  change: { add: ['cut-out'], remove: ['cutout'] },
  failed: 0,
  updated: 12,
};
const UNDO: RunDetails = makeRun(12, {
  ...RUN,
  id: '00000000-0000-4000-8000-000000000003',
  kind: 'undo',
  change: null,
  undoOf: RUN.id,
});

function setup(role: Role = 'editor') {
  const server = { runs: [RENAME, RUN] };
  const api = stubFetch({
    'GET /api/session': { body: makeSession(role) },
    'GET /api/runs': () => ({ body: { runs: server.runs } }),
    'POST /api/runs/:runId/undo': () => {
      server.runs = [UNDO, RENAME, { ...RUN, undoneBy: UNDO.id }];
      return { status: 202, body: { ...UNDO, status: 'running', done: 0 } };
    },
    'GET /api/runs/:runId': { body: UNDO },
  });
  renderApp('/activity');
  return { api, user: userEvent.setup() };
}

const run = async (name: string) =>
  within(await screen.findByRole('list', { name: 'Runs' })).getByRole('listitem', { name });

describe('activity page', () => {
  it('lists runs with what, who, when and how they went', async () => {
    setup();
    const bulk = await run('Added sale; removed red');
    expect(bulk).toHaveTextContent('sam');
    expect(bulk).toHaveTextContent('11 files changed, 1 failed of 12');
    expect(await run('Renamed “cutout” to “cut-out”')).toBeInTheDocument();
  });

  it('when "Undo this run" is pressed, then the server undoes it and the list shows the undo', async () => {
    const { api, user } = setup();
    await user.click(
      within(await run('Added sale; removed red')).getByRole('button', { name: 'Undo this run' }),
    );
    expect(await run('Undid: added sale; removed red')).toBeInTheDocument();
    expect(api.calls('POST', `/api/runs/${RUN.id}/undo`)).toHaveLength(1);
    const undone = await run('Added sale; removed red');
    expect(undone).toHaveTextContent('Undone.');
    expect(within(undone).queryByRole('button', { name: 'Undo this run' })).not.toBeInTheDocument();
  });

  it('shows viewers the runs without Undo', async () => {
    setup('viewer');
    await run('Added sale; removed red');
    expect(screen.queryByRole('button', { name: 'Undo this run' })).not.toBeInTheDocument();
  });
});
