import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileDetails } from '../../../common/file-details.ts';
import { errorReply, stubFetch, type StubHandler } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const FILE = makeFile({ tags: ['shoe', 'red'], customCoordinates: '120,40,800,600' });

function setup(
  options: {
    patch?: StubHandler;
    role?: 'viewer' | 'editor';
    file?: FileDetails;
    search?: string;
  } = {},
) {
  const file = options.file ?? FILE;
  const api = stubFetch({
    'GET /api/session': { body: makeSession(options.role ?? 'editor') },
    'GET /api/files/:fileId': { body: file },
    'GET /api/files': { body: { files: [file], total: 1, nextCursor: null } },
    'GET /api/tags': { body: { tags: [] } },
    'PATCH /api/files/:fileId/details':
      options.patch ?? ((request) => ({ body: { ...file, ...applyPatch(request.body) } })),
  });
  const rendered = renderApp(`/files/${file.fileId}${options.search ?? ''}`);
  return { api, user: userEvent.setup(), ...rendered };
}

function applyPatch(body: unknown): Partial<FileDetails> {
  return { ...(body as Partial<FileDetails>), updatedAt: '2026-11-02T10:00:00.000Z' };
}

const saveButton = () => screen.getByRole('button', { name: 'Save' });

async function loaded() {
  await screen.findByRole('heading', { name: 'red-shoe.jpg' });
}

async function retype(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  await user.clear(screen.getByLabelText(label));
  await user.type(screen.getByLabelText(label), value);
}

describe('file editor page', () => {
  it('when it loads, then it shows the file, its region, tags and size, with Save disabled', async () => {
    setup();
    await loaded();
    expect(screen.getByLabelText('X')).toHaveValue(120);
    expect(screen.getByLabelText('Y')).toHaveValue(40);
    expect(screen.getByLabelText('Width')).toHaveValue(800);
    expect(screen.getByLabelText('Height')).toHaveValue(600);
    expect(screen.getByText('x 120, y 40, 800 × 600 px')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText(/3600 × 2400 px/)).toBeInTheDocument();
    expect(screen.getByText('shoe')).toBeInTheDocument();
    expect(screen.getByText('red')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Back to library' })).toHaveAttribute('href', '/');
  });

  it('when opened from a view of the library, then "Back to library" returns to that view', async () => {
    setup({ search: `?from=${encodeURIComponent('untagged=true&sort=name')}` });
    await loaded();
    expect(screen.getByRole('link', { name: 'Back to library' })).toHaveAttribute(
      'href',
      '/?untagged=true&sort=name',
    );
  });

  it('loads the image scaled for display, not the original', async () => {
    setup();
    await loaded();
    const image = screen.getByRole('img', { name: 'red-shoe.jpg' });
    expect(image).toHaveAttribute('src', `${FILE.url}&tr=w-1200`);
    // What pages get at three common shapes, cropped by ImageKit around the saved region.
    for (const [ratio, tr] of [
      ['1:1', 'w-240,h-240'],
      ['4:5', 'w-192,h-240'],
      ['16:9', 'w-426,h-240'],
    ]) {
      const name = `Saved region at ${ratio}, as ImageKit crops it`;
      expect(screen.getByRole('img', { name })).toHaveAttribute(
        'src',
        `${FILE.url}&tr=${tr},fo-custom`,
      );
    }
  });

  it('when the file is private, then its images come through the server and it is marked', async () => {
    setup({ file: { ...FILE, isPrivateFile: true } });
    await loaded();
    expect(screen.getByRole('img', { name: 'red-shoe.jpg' })).toHaveAttribute(
      'src',
      `/api/files/file_1/image?v=${encodeURIComponent(FILE.updatedAt)}&tr=w-1200`,
    );
    expect(
      screen.getByRole('img', { name: 'Saved region at 1:1, as ImageKit crops it' }),
    ).toHaveAttribute(
      'src',
      `/api/files/file_1/image?v=${encodeURIComponent(FILE.updatedAt)}&tr=w-240,h-240,fo-custom`,
    );
    expect(screen.getByText('Private')).toBeInTheDocument();
  });

  it('when the file is public, then it has no Private mark', async () => {
    setup();
    await loaded();
    expect(screen.queryByText('Private')).not.toBeInTheDocument();
  });

  it('when the region changes, then only customCoordinates is sent and "Saved" shown', async () => {
    const { api, user } = setup();
    await loaded();
    await retype(user, 'X', '150');
    expect(saveButton()).toBeEnabled();
    await user.click(saveButton());

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const [patch] = api.calls('PATCH', '/api/files/file_1/details');
    expect(patch?.body).toEqual({ customCoordinates: '150,40,800,600' });
    expect(patch?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(saveButton()).toBeDisabled();
    expect(screen.getByLabelText('X')).toHaveValue(150);
  });

  it('when a tag is added, then only tags are sent', async () => {
    const { api, user } = setup();
    await loaded();
    await user.type(screen.getByLabelText('Tags'), 'sale{Enter}');
    await user.click(saveButton());
    await screen.findByText('Saved');
    expect(api.calls('PATCH', '/api/files/file_1/details')[0]?.body).toEqual({
      tags: ['shoe', 'red', 'sale'],
    });
  });

  it('when the saved answer differs from what was sent, then the form shows the saved file', async () => {
    const { user } = setup({
      patch: (request) => ({
        body: { ...FILE, tags: [...((request.body as { tags: string[] }).tags ?? [])].sort() },
      }),
    });
    await loaded();
    await user.type(screen.getByLabelText('Tags'), 'sale{Enter}');
    await user.click(saveButton());
    await screen.findByText('Saved');
    const chips = screen.getAllByText(/^(red|sale|shoe)$/).map((chip) => chip.textContent);
    expect(chips).toEqual(['red', 'sale', 'shoe']);
    expect(saveButton()).toBeDisabled();
  });

  it('when tags and region are cleared, then both are sent as null', async () => {
    const { api, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Remove shoe' }));
    await user.click(screen.getByRole('button', { name: 'Remove red' }));
    await user.click(screen.getByRole('button', { name: 'Clear region' }));
    expect(screen.getByText('No region')).toBeInTheDocument();
    await user.click(saveButton());
    await screen.findByText('Saved');
    expect(api.calls('PATCH', '/api/files/file_1/details')[0]?.body).toEqual({
      tags: null,
      customCoordinates: null,
    });
  });

  it('when the server answers 400, then its message is shown and the edits are kept', async () => {
    const { user } = setup({
      patch: errorReply(400, 'upstream_error', 'Your request contains invalid tags.', [
        'tags: bad',
      ]),
    });
    await loaded();
    await user.type(screen.getByLabelText('Tags'), 'sale{Enter}');
    await retype(user, 'Width', '900');
    await user.click(saveButton());

    const alert = await screen.findByText(/Not saved: Your request contains invalid tags\./);
    expect(within(alert.parentElement as HTMLElement).getByText('tags: bad')).toBeInTheDocument();
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
    expect(screen.getByText('sale')).toBeInTheDocument();
    expect(screen.getByLabelText('Width')).toHaveValue(900);
    expect(saveButton()).toBeEnabled();
  });

  it('when Ctrl+S is pressed, then the changes are saved', async () => {
    const { api, user } = setup();
    await loaded();
    await retype(user, 'Height', '500');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('Saved');
    expect(api.calls('PATCH', '/api/files/file_1/details')[0]?.body).toEqual({
      customCoordinates: '120,40,800,500',
    });
  });

  it('when the focused region gets arrow keys, then it moves and resizes in original pixels', async () => {
    const { user } = setup();
    await loaded();
    screen.getByRole('group', { name: /^Region\./ }).focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(screen.getByLabelText('X')).toHaveValue(121);
    expect(screen.getByLabelText('Y')).toHaveValue(41);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(screen.getByLabelText('Width')).toHaveValue(801);
    await user.keyboard('{Control>}{ArrowLeft}{/Control}');
    expect(screen.getByLabelText('X')).toHaveValue(21);
    expect(screen.getByText('x 21, y 41, 801 × 600 px')).toBeInTheDocument();
  });

  it('when leaving with unsaved changes, then the user is asked first', async () => {
    const { user, router } = setup();
    await loaded();
    await retype(user, 'X', '10');
    await user.click(screen.getByRole('link', { name: 'Back to library' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/files/file_1');
    expect(screen.getByLabelText('X')).toHaveValue(10);

    await user.click(screen.getByRole('link', { name: 'Back to library' }));
    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('when the user is a viewer, then the editor is read only and has no Save', async () => {
    setup({ role: 'viewer' });
    await loaded();
    expect(screen.getByText(/Read only/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear region' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Tags')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Remove red' })).not.toBeInTheDocument();
  });

  it('when the file does not exist, then the page says so', async () => {
    stubFetch({
      'GET /api/session': { body: makeSession() },
      'GET /api/files/:fileId': errorReply(404, 'not_found', 'The requested file does not exist.'),
    });
    renderApp('/files/missing');
    expect(
      await screen.findByRole('heading', { name: 'This image does not exist' }),
    ).toBeInTheDocument();
  });
});
