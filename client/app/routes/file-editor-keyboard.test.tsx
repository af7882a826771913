import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileDetails } from '../../../common/file-details.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const FRAMED = makeFile({ tags: ['shoe'], customCoordinates: '120,40,800,600' });
const BARE = makeFile({ tags: null, customCoordinates: null });

function setup(file: FileDetails, suggestion = '900,300,1200,900') {
  const api = stubFetch({
    'GET /api/session': { body: makeSession('editor') },
    'GET /api/files/:fileId': { body: file },
    'GET /api/tags': { body: { tags: [{ name: 'sneaker', count: 4 }] } },
    'GET /api/files/:fileId/suggested-region': {
      body: { customCoordinates: suggestion, method: 'background' },
    },
    'PATCH /api/files/:fileId/details': (request) => ({
      body: { ...file, ...(request.body as object), updatedAt: '2026-11-02T10:00:00.000Z' },
    }),
  });
  renderApp(`/files/${file.fileId}`);
  return { api, user: userEvent.setup() };
}

const loaded = () => screen.findByRole('heading', { name: 'red-shoe.jpg' });
const region = () => screen.getByRole('group', { name: /^Region\./ });

describe('file editor: focus and keyboard order', () => {
  it('when an image opens, then the tag input has the focus and the page is titled after it', async () => {
    setup(FRAMED);
    await loaded();
    await waitFor(() => expect(screen.getByLabelText('Tags')).toHaveFocus());
    expect(document.title).toBe('red-shoe.jpg · tagcrop');
  });

  it('Tab goes tags → region (one stop) → X, Y, Width, Height → Save', async () => {
    const { user } = setup(FRAMED);
    await loaded();
    await user.type(screen.getByLabelText('Tags'), 'sneaker{Enter}');
    await screen.findByText('sneaker');
    await user.tab();
    expect(region()).toHaveFocus();
    for (const label of ['X', 'Y', 'Width', 'Height']) {
      await user.tab();
      expect(screen.getByLabelText(label)).toHaveFocus();
    }
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('without a region, the image is the stop: Enter adds the suggested region and focuses it', async () => {
    const { user } = setup(BARE);
    await loaded();
    await screen.findByText(/Suggested \(the plain background trimmed\)/);
    await user.tab();
    const stage = screen.getByRole('group', { name: /^Region: none so far/ });
    expect(stage).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(region()).toHaveFocus());
    expect(screen.getByLabelText('X')).toHaveValue(900);
    expect(screen.getByLabelText('Height')).toHaveValue(900);
    expect(screen.queryByText(/Suggested \(/)).not.toBeInTheDocument();
  });

  it('when "Add region" is clicked, then the new region gets the focus', async () => {
    const { user } = setup(BARE);
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Add region' }));
    await waitFor(() => expect(region()).toHaveFocus());
    expect(screen.getByLabelText('Width')).toHaveValue(1800);
  });

  it('when the suggestion is let go with Escape, then the region stays as it was', async () => {
    const { user } = setup(BARE);
    await loaded();
    await screen.findByText(/Suggested \(/);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/Suggested \(/)).not.toBeInTheDocument();
    expect(screen.getByText('No region')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suggest region' }));
    await user.click(await screen.findByRole('button', { name: 'Use suggestion' }));
    expect(screen.getByLabelText('Y')).toHaveValue(300);
  });
});
