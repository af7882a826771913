import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogRoutes } from '../../testing/catalog-stub.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const FOLDERS = [
  { path: '/', files: 30, untagged: 7, noRegion: 20 },
  { path: '/products/', files: 30, untagged: 7, noRegion: 20 },
  { path: '/products/shoes/', files: 12, untagged: 3, noRegion: 9 },
  { path: '/products/bags/', files: 18, untagged: 4, noRegion: 11 },
];
const SAVED = {
  id: 7,
  name: 'Shoes to tag',
  query: { untagged: true, folder: '/products/shoes/' },
};

function setup(path: string) {
  const api = stubFetch({
    'GET /api/session': { body: makeSession() },
    ...catalogRoutes([makeFile({ fileId: 'a', name: 'a.jpg', tags: null })]),
    'GET /api/folders': { body: { folders: FOLDERS } },
    'GET /api/views': { body: { views: [SAVED] } },
    'POST /api/views': (request) => ({ status: 201, body: { id: 8, ...(request.body as object) } }),
    'DELETE /api/views/:id': { status: 204 },
  });
  return { api, user: userEvent.setup(), ...renderApp(path) };
}

describe('library filters', () => {
  it('shows the folder tree with what needs work in each, as links that keep the other filters', async () => {
    const { user } = setup('/?untagged=true');
    const folders = await screen.findByRole('navigation', { name: 'Folders' });
    const products = await within(folders).findByRole('link', { name: /products/ });
    // "Needs tags" is on, so the counts are of images that need tags.
    expect(products).toHaveTextContent('7 need tags');
    expect(products).toHaveAttribute('href', '/?untagged=true&folder=%2Fproducts%2F');
    await user.click(within(folders).getByRole('button', { name: 'Open products' }));
    const shoes = within(folders).getByRole('link', { name: /shoes/ });
    expect(shoes).toHaveTextContent('3 need tags');
    await user.click(shoes);
    expect(shoes).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(/in \/products\/shoes\//)).toBeInTheDocument();
  });

  it('lists saved views as links, saves the current one by name and deletes one', async () => {
    const { api, user } = setup('/?region=none&sort=name');
    const saved = await screen.findByRole('link', { name: 'Shoes to tag' });
    expect(saved).toHaveAttribute('href', '/?untagged=true&folder=%2Fproducts%2Fshoes%2F');

    await user.type(screen.getByLabelText('Save this view as'), 'No region yet');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.calls('POST', '/api/views').map((r) => r.body)).toEqual([
        { name: 'No region yet', query: { region: 'none', sort: 'name' } },
      ]),
    );
    expect(await screen.findByText('Saved “No region yet”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete view Shoes to tag' }));
    await waitFor(() => expect(api.calls('DELETE', '/api/views/7')).toHaveLength(1));
  });
});
