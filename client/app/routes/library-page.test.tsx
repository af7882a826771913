import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorReply, stubFetch, type StubRequest } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const SHOE = makeFile({
  fileId: 'f1',
  name: 'red-shoe.jpg',
  tags: ['shoe', 'sale'],
  customCoordinates: '1,2,3,4',
});
const HAT = makeFile({ fileId: 'f2', name: 'hat.jpg', tags: null, customCoordinates: null });

function setup(listFiles: (request: StubRequest) => unknown) {
  const api = stubFetch({
    'GET /api/session': { body: makeSession() },
    'GET /api/files': (request) => ({ body: listFiles(request) }),
    'GET /api/files/:fileId': { body: SHOE },
    'GET /api/tags': { body: { tags: [] } },
  });
  return { api, user: userEvent.setup(), ...renderApp('/') };
}

const page = (files: unknown[], skip = 0, hasMore = false) => ({ files, skip, limit: 48, hasMore });

describe('library page', () => {
  it('shows each image as a lazy thumbnail card with its name, tag chips and region badge', async () => {
    setup(() => page([SHOE, HAT]));
    const shoe = await screen.findByRole('img', { name: 'red-shoe.jpg' });
    expect(shoe).toHaveAttribute('loading', 'lazy');
    expect(shoe).toHaveAttribute('src', `${SHOE.url}&tr=w-400,h-400,c-at_max`);
    const shoeCard = screen.getByRole('link', { name: /red-shoe\.jpg/ });
    expect(shoeCard).toHaveAttribute('href', '/files/f1');
    expect(within(shoeCard).getByText('shoe')).toBeInTheDocument();
    expect(within(shoeCard).getByText('Region')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /hat\.jpg/ })).queryByText('Region')).toBeNull();
  });

  it('when a card is clicked, then the editor opens', async () => {
    const { user, router } = setup(() => page([SHOE]));
    await user.click(await screen.findByRole('link', { name: /red-shoe\.jpg/ }));
    expect(await screen.findByRole('heading', { name: 'red-shoe.jpg' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/files/f1');
  });

  it('when the user searches, then name prefix and tag are asked for with the text escaped', async () => {
    const { api, user, router } = setup((request) =>
      page(request.query.get('searchQuery') ? [HAT] : [SHOE, HAT]),
    );
    await screen.findByRole('img', { name: 'red-shoe.jpg' });
    await user.type(screen.getByLabelText('Search'), 'say "hi"{Enter}');
    await screen.findByRole('img', { name: 'hat.jpg' });
    expect(screen.queryByRole('img', { name: 'red-shoe.jpg' })).not.toBeInTheDocument();
    const last = api.calls('GET', '/api/files').at(-1);
    expect(last?.query.get('searchQuery')).toBe(
      'name : "say \\"hi\\"" OR tags IN ["say \\"hi\\""]',
    );
    expect(router.state.location.search).toBe('?q=say+%22hi%22');
  });

  it('when there are more pages, then "Load more" fetches the next one with skip', async () => {
    const { api, user } = setup((request) =>
      request.query.get('skip') === '48' ? page([HAT], 48, false) : page([SHOE], 0, true),
    );
    await screen.findByRole('img', { name: 'red-shoe.jpg' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('img', { name: 'hat.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'red-shoe.jpg' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(api.calls('GET', '/api/files').map((r) => r.query.get('skip'))).toEqual(['0', '48']);
  });

  it('when nothing matches, then it says so', async () => {
    setup(() => page([]));
    expect(await screen.findByText('The library has no images yet.')).toBeInTheDocument();
  });

  it('when the list fails, then an error state and one notice with the server’s message appear', async () => {
    stubFetch({
      'GET /api/session': { body: makeSession() },
      'GET /api/files': errorReply(502, 'upstream_unavailable', 'ImageKit is not answering.'),
    });
    renderApp('/');
    expect(await screen.findByText('Could not load the images.')).toBeInTheDocument();
    expect(await screen.findByText('ImageKit is not answering.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
