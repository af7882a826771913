import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/api/session.ts';
import { catalogFiles } from '../../testing/catalog-stub.ts';
import { stubFetch, type StubRequest } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';
import { runsStub } from '../../testing/runs-stub.ts';

const TAGS = [
  { name: 'sale', count: 3 },
  { name: 'Red', count: 2 },
  { name: 'redd', count: 1 },
];
const FILES = [
  makeFile({ fileId: 'a', name: 'a.jpg', tags: ['Red', 'sale'] }),
  makeFile({ fileId: 'b', name: 'b.jpg', tags: ['Red'] }),
  // The catalog's tag filter ignores case: this file matches "Red" but does not carry it.
  makeFile({ fileId: 'c', name: 'c.jpg', tags: ['red'] }),
];

/** The files that carry the tag exactly: what the server's rewrite run changes. */
const filesTagged = (tag: string) =>
  FILES.filter((f) => f.tags?.includes(tag)).map((f) => f.fileId);

function tagsAnswer(request: StubRequest) {
  const q = request.query.get('q') ?? '';
  const sort = request.query.get('sort');
  const tags = TAGS.filter((t) => t.name.toLowerCase().includes(q.toLowerCase()));
  if (sort === 'count') tags.sort((x, y) => x.count - y.count);
  return { body: { tags, total: tags.length } };
}

function setup(role: Role = 'editor', path = '/tags') {
  const api = stubFetch({
    'GET /api/session': { body: makeSession(role) },
    'GET /api/tags': tagsAnswer,
    'GET /api/files': catalogFiles(FILES),
    ...runsStub({ filesOf: (request) => filesTagged((request.body as { from: string }).from) })
      .routes,
  });
  return { api, user: userEvent.setup(), ...renderApp(path) };
}

const rowNames = () =>
  within(screen.getByRole('list', { name: 'Tags' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent);

describe('tags page', () => {
  it('lists every tag with its count, each a link to its images, rare ones marked', async () => {
    setup();
    expect(await screen.findByText('3 tags')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'sale' })).toHaveAttribute('href', '/?tags=sale');
    expect(screen.getByText('1 image')).toBeInTheDocument();
    expect(screen.getByText(/used once/)).toBeInTheDocument();
  });

  it('sorted rarest first, asks the server so and keeps it in the URL', async () => {
    const { api, user, router } = setup();
    await screen.findByText('3 tags');
    await user.selectOptions(screen.getByLabelText('Sort'), 'count');
    await waitFor(() => expect(rowNames()[0]).toMatch(/^redd/));
    expect(router.state.location.search).toBe('?sort=count');
    expect(api.calls('GET', '/api/tags').at(-1)?.query.get('sort')).toBe('count');
  });

  it('renames a tag by asking the server to run it, and follows the run to its end', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Rename Red' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename “Red”' });
    const name = within(dialog).getByLabelText('New name');
    await user.clear(name);
    await user.type(name, 'red');
    await within(dialog).findByText(/The 2 images tagged “Red” will be tagged “red” instead/);
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByText(/Added red; removed Red\. Updated 2 files\./)).toBeInTheDocument();
    expect(api.calls('POST', '/api/tags/rewrite').map((r) => r.body)).toEqual([
      { action: 'rename', from: 'Red', to: 'red' },
    ]);
    expect(api.calls('POST', '/api/bulk/tags')).toEqual([]);
  });

  it('deletes a tag from every image after asking', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Delete redd' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “redd” from every image?' });
    expect(within(dialog).getByText('“redd” will be removed from 1 image.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/tags/rewrite').map((r) => r.body)).toEqual([
      { action: 'delete', from: 'redd' },
    ]);
  });

  it('refuses a merge into a tag that does not exist', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Merge redd into another tag' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Merge into'), 'nothing-like-it');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(
      await within(dialog).findByText('There is no tag “nothing-like-it” to merge into.'),
    ).toBeInTheDocument();
  });

  it('shows viewers the counts without the actions', async () => {
    setup('viewer');
    await screen.findByText('3 tags');
    expect(screen.queryByRole('button', { name: /Rename/ })).not.toBeInTheDocument();
  });
});
