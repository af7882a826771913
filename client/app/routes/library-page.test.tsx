import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileDetails } from '../../../common/file-details.ts';
import { catalogRoutes } from '../../testing/catalog-stub.ts';
import { errorReply, stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const SHOE = makeFile({
  fileId: 'f1',
  name: 'red-shoe.jpg',
  tags: ['shoe', 'sale'],
  customCoordinates: '1,2,3,4',
});
const HAT = makeFile({ fileId: 'f2', name: 'hat.jpg', tags: null, customCoordinates: null });
const many = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeFile({ fileId: `m${i}`, name: `file-${i}.jpg`, tags: i % 2 ? ['odd'] : null }),
  );

function setup(files: FileDetails[], path = '/') {
  const api = stubFetch({
    'GET /api/session': { body: makeSession() },
    'GET /api/files/:fileId': { body: SHOE },
    ...catalogRoutes(files),
  });
  const listCalls = () => api.calls('GET', '/api/files').map((r) => Object.fromEntries(r.query));
  return { api, listCalls, user: userEvent.setup(), ...renderApp(path) };
}

function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
}

describe('library page', () => {
  it('shows each image as a lazy thumbnail at display size, with its name, tag chips and region badge', async () => {
    setup([SHOE, HAT]);
    const shoe = await screen.findByRole('img', { name: 'red-shoe.jpg' });
    expect(shoe).toHaveAttribute('loading', 'lazy');
    // 1000 px wide in jsdom: five columns of 174 px frames, at the 240 px size.
    expect(shoe).toHaveAttribute('src', `${SHOE.url}&tr=w-240,h-240,c-at_max`);
    const cell = screen.getByRole('gridcell', { name: /red-shoe\.jpg/ });
    expect(within(cell).getByRole('link', { name: /^red-shoe\.jpg/ })).toHaveAttribute(
      'href',
      '/files/f1',
    );
    expect(within(cell).getByRole('button', { name: 'Filter by tag shoe' })).toBeInTheDocument();
    expect(within(cell).getByText('Region')).toBeInTheDocument();
    const hat = screen.getByRole('gridcell', { name: /hat\.jpg/ });
    expect(within(hat).queryByText('Region')).toBeNull();
    expect(screen.getByText('2 images')).toHaveAttribute('role', 'status');
  });

  it('shows what needs work, each count a link to that view', async () => {
    const { user, router, listCalls } = setup([SHOE, HAT]);
    const needsTags = await screen.findByRole('link', { name: '1 need tags' });
    expect(screen.getByRole('link', { name: '1 need a region' })).toHaveAttribute(
      'href',
      '/?region=none',
    );
    await user.click(needsTags);
    expect(router.state.location.search).toBe('?untagged=true');
    await waitFor(() => expect(listCalls().at(-1)).toMatchObject({ untagged: 'true' }));
    expect(await screen.findByText('1 image')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Needs tags' })).toBeChecked();
  });

  it('when the view is in the URL, then the page opens on it', async () => {
    const { listCalls } = setup([SHOE, HAT], '/?q=shoe&tags=sale&region=set&sort=name');
    expect(await screen.findByRole('img', { name: 'red-shoe.jpg' })).toBeInTheDocument();
    expect(listCalls()[0]).toMatchObject({ q: 'shoe', tags: 'sale', region: 'set', sort: 'name' });
    expect(screen.getByLabelText('Search')).toHaveValue('shoe');
    expect(screen.getByLabelText('Sort')).toHaveValue('name');
    expect(screen.getByLabelText('How sale filters')).toHaveValue('all');
    expect(screen.getByRole('link', { name: /^red-shoe\.jpg/ })).toHaveAttribute(
      'href',
      `/files/f1?from=${encodeURIComponent('q=shoe&tags=sale&region=set&sort=name')}`,
    );
  });

  it('when a chip is clicked, then the library is filtered by that tag', async () => {
    const { user, router } = setup([SHOE, HAT]);
    await user.click(await screen.findByRole('button', { name: 'Filter by tag sale' }));
    expect(router.state.location.search).toBe('?tags=sale');
    await user.selectOptions(screen.getByLabelText('How sale filters'), 'none');
    expect(router.state.location.search).toBe('?notTags=sale');
    expect(await screen.findByRole('img', { name: 'hat.jpg' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('img', { name: 'red-shoe.jpg' })).toBeNull());
  });

  it('when the user searches, then the words go to the API and the URL', async () => {
    const { user, router, listCalls } = setup([SHOE, HAT]);
    await screen.findByRole('img', { name: 'red-shoe.jpg' });
    await user.type(screen.getByLabelText('Search'), 'hat{Enter}');
    await waitFor(() => expect(screen.queryByRole('img', { name: 'red-shoe.jpg' })).toBeNull());
    expect(listCalls().at(-1)).toMatchObject({ q: 'hat' });
    expect(router.state.location.search).toBe('?q=hat');
  });

  it('keeps the page small however many files, and loads the next page on reaching the end', async () => {
    const { listCalls } = setup(many(300));
    await screen.findByRole('img', { name: 'file-0.jpg' });
    expect(screen.getByText('300 images')).toBeInTheDocument();
    expect(document.querySelectorAll('img').length).toBeLessThanOrEqual(60);
    expect(listCalls()).toHaveLength(1);

    // Each row is 174 + 16 + 58 + 12 px; 24 rows of five hold the first page of 120.
    act(() => scrollWindowTo(24 * 260 - 700));
    await screen.findByRole('img', { name: 'file-120.jpg' });
    expect(listCalls().map((q) => q.cursor)).toEqual([undefined, '120']);
    expect(screen.queryByRole('img', { name: 'file-0.jpg' })).toBeNull();
    expect(document.querySelectorAll('img').length).toBeLessThanOrEqual(60);
  });

  it('moves with the arrow keys and opens with Enter, carrying the view', async () => {
    const { user, router } = setup(many(20), '/?sort=name');
    await screen.findByRole('img', { name: 'file-0.jpg' });
    const first = screen.getByRole('link', { name: 'file-0.jpg' });
    expect(first).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('link', { name: 'file-1.jpg' })).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    // Five columns: right to 1, down to 6.
    expect(screen.getByRole('link', { name: 'file-6.jpg' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // The editor is a lazy route: the location changes once its code has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/files/m6'));
    expect(router.state.location.search).toBe('?from=sort%3Dname');
  });

  it('when nothing matches the filters, then it says so and offers to clear them', async () => {
    const { user, router } = setup([SHOE], '/?untagged=true&sort=name');
    expect(await screen.findByText('No images match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('?sort=name');
  });

  it('when the library is empty, then it says so', async () => {
    setup([]);
    expect(await screen.findByText('The library has no images yet.')).toBeInTheDocument();
  });

  it('when the list fails, then an error state and one notice with the server’s message appear', async () => {
    stubFetch({
      'GET /api/session': { body: makeSession() },
      ...catalogRoutes([]),
      'GET /api/files': errorReply(502, 'upstream_unavailable', 'ImageKit is not answering.'),
    });
    renderApp('/');
    expect(await screen.findByText('Could not load the images.')).toBeInTheDocument();
    expect(await screen.findByText('ImageKit is not answering.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
