import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/api/session.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { catalogRoutes } from '../../testing/catalog-stub.ts';
import { stubFetch, type StubHandler } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';
import { runsStub } from '../../testing/runs-stub.ts';

const FILES = [
  makeFile({ fileId: 'a', name: 'a.jpg', tags: ['sale', 'red'] }),
  makeFile({ fileId: 'b', name: 'b.jpg', tags: ['sale'] }),
  makeFile({ fileId: 'c', name: 'c.jpg', tags: null }),
  makeFile({ fileId: 'd', name: 'd.jpg', tags: ['red', 'sale', 'blue'] }),
  makeFile({ fileId: 'e', name: 'e.jpg', tags: ['blue'] }),
];

function setup(
  options: {
    role?: Role;
    files?: FileDetails[];
    routes?: Record<string, StubHandler>;
    path?: string;
  } = {},
) {
  const api = stubFetch({
    'GET /api/session': { body: makeSession(options.role ?? 'editor') },
    'GET /api/files/:fileId': { body: FILES[0] },
    ...catalogRoutes(options.files ?? FILES),
    ...options.routes,
  });
  return { api, user: userEvent.setup(), ...renderApp(options.path ?? '/') };
}

const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

async function startSelecting(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Select images' }));
}

describe('library selection', () => {
  it('when selection mode starts, then each card gets a labelled checkbox and keeps its link', async () => {
    const { user } = setup();
    await screen.findByRole('img', { name: 'a.jpg' });
    expect(screen.queryByRole('checkbox', { name: /^Select / })).not.toBeInTheDocument();
    await startSelecting(user);
    expect(screen.getByRole('button', { name: 'Select images' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(box('a.jpg')).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'a.jpg' })).toHaveAttribute('href', '/files/a');
    expect(screen.getByText('0 selected')).toHaveAttribute('role', 'status');
  });

  it('when a viewer looks, then there is no selection mode', async () => {
    setup({ role: 'viewer' });
    await screen.findByRole('img', { name: 'a.jpg' });
    expect(screen.queryByRole('button', { name: 'Select images' })).not.toBeInTheDocument();
  });

  it('when Shift-clicking, then the run from the last clicked file is selected, and unselected', async () => {
    const { user } = setup();
    await startSelecting(user);
    await user.click(box('b.jpg'));
    await user.keyboard('{Shift>}');
    await user.click(box('d.jpg'));
    await user.keyboard('{/Shift}');
    expect(FILES.map((f) => box(f.name).matches(':checked'))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(screen.getByText('3 selected')).toBeInTheDocument();

    await user.keyboard('{Shift>}');
    await user.click(box('c.jpg'));
    await user.keyboard('{/Shift}');
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(box('b.jpg')).toBeChecked();
  });

  it('selects with the keyboard: Space on the focused card, arrows to the next', async () => {
    const { user } = setup();
    await screen.findByRole('img', { name: 'a.jpg' });
    screen.getByRole('link', { name: 'a.jpg' }).focus();
    // Space starts selection mode with the focused card.
    await user.keyboard(' ');
    expect(box('a.jpg')).toBeChecked();
    await user.keyboard('{ArrowRight} ');
    expect(box('b.jpg')).toBeChecked();
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: /b\.jpg/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('when selecting, a click on a card selects it instead of opening it', async () => {
    const { user, router } = setup();
    await startSelecting(user);
    await user.click(screen.getByRole('img', { name: 'c.jpg' }));
    expect(box('c.jpg')).toBeChecked();
    expect(router.state.location.pathname).toBe('/');
  });

  it('the selection survives opening an image and coming back', async () => {
    const { user, router } = setup({ path: '/?sort=name' });
    await startSelecting(user);
    await user.click(box('b.jpg'));
    await user.click(box('d.jpg'));
    await router.navigate('/files/a?from=sort%3Dname');
    await user.click(await screen.findByRole('link', { name: 'Back to library' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
    expect(await screen.findByText('2 selected')).toBeInTheDocument();
    expect(box('b.jpg')).toBeChecked();
    expect(box('d.jpg')).toBeChecked();
  });

  it('"Select all results" sends the view as a query, not file by file', async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      makeFile({ fileId: `m${i}`, name: `m${i}.jpg`, tags: ['sale'] }),
    );
    const { api, user } = setup({
      files: many,
      path: '/?tags=sale',
      routes: runsStub({ filesOf: () => many.map((f) => f.fileId) }).routes,
    });
    await startSelecting(user);
    await user.click(await screen.findByRole('button', { name: 'Select all 130 results' }));
    expect(screen.getByText('All 130 selected')).toBeInTheDocument();
    expect(box('m0.jpg')).toBeChecked();
    await user.click(await screen.findByRole('checkbox', { name: 'sale · 120 of 120 loaded' }));
    await user.click(screen.getByRole('button', { name: 'Apply to 130 files' }));
    expect(await screen.findByRole('heading', { name: 'Done' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/bulk/tags').map((r) => r.body)).toEqual([
      { query: { tags: ['sale'] }, remove: ['sale'] },
    ]);
  });

  it('shows the tags present in the selection with how many selected files have each', async () => {
    const { user } = setup();
    await startSelecting(user);
    await user.click(box('a.jpg'));
    await user.click(box('c.jpg'));
    await user.click(box('d.jpg'));
    const remove = await screen.findByRole('group', { name: 'Tags to remove' });
    const labels = within(remove).getAllByRole('checkbox');
    expect(labels.map((c) => c.closest('label')?.textContent)).toEqual([
      'red · 2 of 3',
      'sale · 2 of 3',
      'blue · 1 of 3',
    ]);
    expect(labels.map((c) => c.getAttribute('aria-label'))).toEqual([
      'red · 2 of 3',
      'sale · 2 of 3',
      'blue · 1 of 3',
    ]);
    expect(screen.getByRole('button', { name: 'Apply to 3 files' })).toBeDisabled();
  });

  it('"Select all shown" and "Clear selection" do what they say', async () => {
    const { user } = setup();
    await startSelecting(user);
    await user.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(screen.getByText('5 selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Select all shown' })).toBeDisabled();
    expect(await screen.findByRole('checkbox', { name: 'sale · 3 of 5' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByText('0 selected')).toBeInTheDocument();
    expect(box('a.jpg')).not.toBeChecked();
  });

  it('when applied, then the change is sent for the selection and lists and tags are refreshed', async () => {
    const { api, user } = setup({ routes: runsStub().routes });
    await startSelecting(user);
    await user.click(box('a.jpg'));
    await user.click(box('b.jpg'));
    await user.type(await screen.findByLabelText('Tags to add'), 'summer{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'red · 1 of 2' }));
    const listsBefore = api.calls('GET', '/api/files').length;
    await user.click(screen.getByRole('button', { name: 'Apply to 2 files' }));

    expect(await screen.findByRole('heading', { name: 'Done' })).toHaveFocus();
    expect(screen.getByText(/Added summer; removed red\. Updated 2 files\./)).toBeInTheDocument();
    expect(api.calls('POST', '/api/bulk/tags').map((r) => r.body)).toEqual([
      { fileIds: ['a', 'b'], add: ['summer'], remove: ['red'] },
    ]);
    await waitFor(() => expect(api.calls('GET', '/api/files').length).toBeGreaterThan(listsBefore));
    expect(api.calls('GET', '/api/tags').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Tags to add')).toHaveValue('');
  });

  it('when the same tag is added and removed, then Apply is refused with the reason', async () => {
    const { user } = setup();
    await startSelecting(user);
    await user.click(box('a.jpg'));
    await user.type(await screen.findByLabelText('Tags to add'), 'Sale{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'sale · 1 of 1' }));
    expect(screen.getByText('A tag cannot be both added and removed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply to 1 file' })).toBeDisabled();
  });

  it('when the search changes, then the selection starts over', async () => {
    const { user } = setup();
    await startSelecting(user);
    await user.click(box('a.jpg'));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search'), 'b{Enter}');
    expect(await screen.findByText('0 selected')).toBeInTheDocument();
  });
});

describe('private files in the library', () => {
  it('loads their thumbnails through the server and marks them Private', async () => {
    const secret = makeFile({ fileId: 'p1', name: 'secret.jpg', isPrivateFile: true });
    const open = makeFile({ fileId: 'o1', name: 'open.jpg' });
    setup({ files: [secret, open] });
    const img = await screen.findByRole('img', { name: 'secret.jpg' });
    expect(img).toHaveAttribute(
      'src',
      `/api/files/p1/image?v=${encodeURIComponent(secret.updatedAt)}&tr=w-240,h-240,c-at_max`,
    );
    expect(
      within(screen.getByRole('link', { name: /secret\.jpg/ })).getByText('Private'),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'open.jpg' })).toHaveAttribute(
      'src',
      `${open.url}&tr=w-240,h-240,c-at_max`,
    );
    expect(
      within(screen.getByRole('link', { name: /open\.jpg/ })).queryByText('Private'),
    ).toBeNull();
  });
});
