import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fileETag } from '../../../common/file-version.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { keptDraftKey } from '../../features/editor/kept-draft.ts';
import { errorReply, stubFetch, type StubReply } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const OPENED = makeFile({
  tags: ['shoe', 'red'],
  customCoordinates: '120,40,800,600',
  updatedAt: '2026-11-01T10:00:00.000Z',
});
// What a colleague saved while the user was editing: "sale" in, "red" out, the region moved.
const THEIRS = makeFile({
  tags: ['shoe', 'sale'],
  customCoordinates: '0,0,400,300',
  updatedAt: '2026-11-01T11:00:00.000Z',
});
const CONFLICT = errorReply(
  412,
  'edit_conflict',
  'This image was changed by someone else after you opened it. Load their version, then save again.',
);

/** A server that, like ours, refuses a save whose If-Match is not the file's current version. */
function setup(options: { getCurrent?: () => StubReply; namesCurrent?: boolean } = {}) {
  const server = { file: OPENED, saves: 0 };
  const api = stubFetch({
    'GET /api/session': { body: makeSession('editor') },
    'GET /api/files/:fileId': options.getCurrent ?? (() => ({ body: server.file })),
    'GET /api/tags': { body: { tags: [] } },
    'PATCH /api/files/:fileId/details': (request) => {
      if (request.headers.get('If-Match') !== fileETag(server.file)) {
        // Ours names the file as it is now beside the 412; older answers did not.
        return options.namesCurrent
          ? { ...CONFLICT, body: { ...CONFLICT.body, current: server.file } }
          : CONFLICT;
      }
      server.saves += 1;
      server.file = {
        ...server.file,
        ...(request.body as Partial<FileDetails>),
        updatedAt: `2026-11-02T10:00:0${server.saves}.000Z`,
      };
      return { body: server.file };
    },
  });
  renderApp(`/files/${OPENED.fileId}`);
  return { api, server, user: userEvent.setup() };
}

const saveButton = () => screen.getByRole('button', { name: 'Save' });
const patches = (api: ReturnType<typeof stubFetch>) =>
  api.calls('PATCH', '/api/files/file_1/details');

async function retype(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  await user.clear(screen.getByLabelText(label));
  await user.type(screen.getByLabelText(label), value);
}

/** Adds the tag "new" and widens the region to 900, then saves after THEIRS was saved. */
async function editAndSaveTooLate({ api, server, user }: ReturnType<typeof setup>) {
  await screen.findByRole('heading', { name: 'red-shoe.jpg' });
  await user.type(screen.getByLabelText('Tags'), 'new{Enter}');
  await retype(user, 'Width', '900');
  server.file = THEIRS;
  await user.click(saveButton());
  expect(patches(api)[0]?.headers.get('If-Match')).toBe(fileETag(OPENED));
  return screen.findByRole('alert');
}

describe('file editor: two editors, one image', () => {
  it('when saving twice, then each save names the version it was made on in If-Match', async () => {
    const { api, server, user } = setup();
    await screen.findByRole('heading', { name: 'red-shoe.jpg' });
    await retype(user, 'X', '150');
    await user.click(saveButton());
    await screen.findByText('Saved');
    const firstSaved = server.file;
    await retype(user, 'Y', '50');
    await user.click(saveButton());
    await screen.findByText('Saved');

    expect(patches(api).map((p) => p.headers.get('If-Match'))).toEqual([
      fileETag(OPENED),
      fileETag(firstSaved),
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when the server answers 412, then the draft stays and the notice says what they changed', async () => {
    const context = setup();
    const alert = await editAndSaveTooLate(context);

    expect(alert).toHaveTextContent('Not saved: someone else changed this image');
    const changes = await within(alert).findByRole('list', { name: 'What they changed' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Tags they added: sale',
      'Tags they removed: red',
      'They moved or resized the region.',
    ]);
    expect(screen.getByText('new')).toBeInTheDocument();
    expect(screen.getByText('red')).toBeInTheDocument();
    expect(screen.getByLabelText('Width')).toHaveValue(900);
    expect(screen.getByLabelText('X')).toHaveValue(120);
    expect(saveButton()).toBeDisabled();
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
  });

  it('when "Keep my changes on their version" is chosen, then the merged draft waits for Save, which names their version', async () => {
    const context = setup();
    const { api, user } = context;
    const alert = await editAndSaveTooLate(context);
    await within(alert).findByRole('list', { name: 'What they changed' });

    await user.click(screen.getByRole('button', { name: 'Keep my changes on their version' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByText('Your changes are now on their version: check them, then Save.'),
    ).toBeInTheDocument();
    // Their tags (sale in, red out) plus mine (new); my region, since I changed it.
    expect(screen.getByText('sale')).toBeInTheDocument();
    expect(screen.getByText('new')).toBeInTheDocument();
    expect(screen.queryByText('red')).not.toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(120);
    expect(screen.getByLabelText('Width')).toHaveValue(900);
    expect(patches(api)).toHaveLength(1);

    await user.click(saveButton());
    await screen.findByText('Saved');
    const second = patches(api)[1];
    expect(second?.headers.get('If-Match')).toBe(fileETag(THEIRS));
    expect(second?.body).toEqual({
      tags: ['shoe', 'sale', 'new'],
      customCoordinates: '120,40,900,600',
    });
  });

  it('when "Discard my changes" is chosen, then their version is shown and nothing is kept', async () => {
    const context = setup();
    const { user } = context;
    const alert = await editAndSaveTooLate(context);
    await within(alert).findByRole('list', { name: 'What they changed' });

    await user.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('sale')).toBeInTheDocument();
    expect(screen.queryByText('new')).not.toBeInTheDocument();
    expect(screen.getByLabelText('X')).toHaveValue(0);
    expect(screen.getByLabelText('Width')).toHaveValue(400);
    expect(saveButton()).toBeDisabled();
    expect(sessionStorage.getItem(keptDraftKey('file_1'))).toBeNull();
  });

  it('when their version cannot be loaded, then the editor stays and the user can try again', async () => {
    let failing = false;
    const context = setup({
      getCurrent: () => {
        if (failing) return errorReply(502, 'upstream_unavailable', 'ImageKit did not answer.');
        return { body: context.server.file };
      },
    });
    await screen.findByRole('heading', { name: 'red-shoe.jpg' });
    failing = true;
    const alert = await editAndSaveTooLate(context);

    expect(
      await within(alert).findByText(/Could not load their version: ImageKit did not answer\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Width')).toHaveValue(900);
    expect(screen.getByRole('button', { name: 'Keep my changes on their version' })).toBeDisabled();

    failing = false;
    await context.user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(alert).findByText('Tags they added: sale')).toBeInTheDocument();
  });

  it('when the 412 names the file as it is now, then that is shown without reading it again', async () => {
    const context = setup({ namesCurrent: true });
    const alert = await editAndSaveTooLate(context);
    expect(await within(alert).findByText('Tags they added: sale')).toBeInTheDocument();
    expect(context.api.calls('GET', '/api/files/file_1')).toHaveLength(1);
  });
});
