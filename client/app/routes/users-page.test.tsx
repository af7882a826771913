import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../../../common/api/users.ts';
import { errorReply, stubFetch, type StubHandler } from '../../testing/fetch-stub.ts';
import { makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const USERS: UserSummary[] = [
  { username: 'erin', role: 'admin', createdAt: '2026-10-01T09:00:00.000Z' },
  { username: 'ann', role: 'editor', createdAt: '2026-10-02T09:00:00.000Z' },
];

function setup(routes: Record<string, StubHandler> = {}, role: 'admin' | 'editor' = 'admin') {
  const api = stubFetch({
    'GET /api/session': { body: makeSession(role) },
    'GET /api/users': { body: { users: USERS } },
    'GET /api/files': { body: { files: [], total: 0, nextCursor: null } },
    ...routes,
  });
  const rendered = renderApp('/admin/users');
  return { api, user: userEvent.setup(), ...rendered };
}

const annRow = () => screen.getByRole('row', { name: /^ann/ });

describe('users page', () => {
  it('lists every user with role and creation date, and an admin link in the header', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Users' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'erin (you)',
      'ann',
    ]);
    expect(screen.getByLabelText('Role of ann')).toHaveValue('editor');
    expect(within(annRow()).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute(
      'datetime',
      '2026-10-02T09:00:00.000Z',
    );
    expect(screen.getByRole('button', { name: 'Delete ann' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset password for ann' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
  });

  it('when a non-admin opens it, then it says it needs the admin role and asks nothing', async () => {
    const { api } = setup({}, 'editor');
    expect(await screen.findByText(/needs the admin role/)).toBeInTheDocument();
    expect(api.calls('GET', '/api/users')).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('when a new user is refused by the server, then its message is shown and nothing is added', async () => {
    const { api, user } = setup({
      'POST /api/users': errorReply(400, 'validation_failed', 'The user name "bob" is taken.'),
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.type(screen.getByLabelText('New user name'), 'bob');
    await user.type(screen.getByLabelText('Password'), 'long-enough-1');
    await user.selectOptions(screen.getByLabelText('Role'), 'editor');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The user name "bob" is taken.');
    expect(api.calls('POST', '/api/users')[0]?.body).toEqual({
      username: 'bob',
      password: 'long-enough-1',
      role: 'editor',
    });
    expect(screen.getByLabelText('New user name')).toHaveValue('bob');
  });

  it('when the password is too short, then the form says so before sending anything', async () => {
    const { api, user } = setup();
    await screen.findByRole('table', { name: 'Users' });
    await user.type(screen.getByLabelText('New user name'), 'bob');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least 8 characters');
    expect(api.calls('POST', '/api/users')).toHaveLength(0);
  });

  it('when a user is added, then the list is asked again and the form is cleared', async () => {
    let users = USERS;
    const { user } = setup({
      'GET /api/users': () => ({ body: { users } }),
      'POST /api/users': (request) => {
        const added = { ...(request.body as UserSummary), createdAt: '2026-11-01T00:00:00.000Z' };
        users = [...users, added];
        return { status: 201, body: added };
      },
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.type(screen.getByLabelText('New user name'), 'bob');
    await user.type(screen.getByLabelText('Password'), 'long-enough-1');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('row', { name: /^bob/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added bob as viewer.');
    expect(screen.getByLabelText('New user name')).toHaveValue('');
  });

  it('when a role change is refused, then the old role comes back with the server’s message', async () => {
    const { api, user } = setup({
      'PATCH /api/users/:username': errorReply(
        400,
        'validation_failed',
        'This is the last admin; make someone else admin first.',
      ),
    });
    await screen.findByRole('table', { name: 'Users' });
    const select = screen.getByLabelText('Role of erin');
    await user.selectOptions(select, 'viewer');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is the last admin; make someone else admin first.',
    );
    expect(select).toHaveValue('admin');
    expect(api.calls('PATCH', '/api/users/erin')[0]?.body).toEqual({ role: 'viewer' });
  });

  it('when a role change succeeds, then the row keeps the new role', async () => {
    const { user } = setup({
      'PATCH /api/users/:username': (request) => ({
        body: { ...USERS[1], ...(request.body as object) },
      }),
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.selectOptions(screen.getByLabelText('Role of ann'), 'admin');
    expect(await screen.findByText('ann is now admin.')).toBeInTheDocument();
    expect(screen.getByLabelText('Role of ann')).toHaveValue('admin');
  });

  it('when Delete is confirmed, then the user is deleted and the row goes', async () => {
    const { api, user } = setup({ 'DELETE /api/users/:username': { status: 204 } });
    await screen.findByRole('table', { name: 'Users' });
    const deleteButton = screen.getByRole('button', { name: 'Delete ann' });
    await user.click(deleteButton);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete ann?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /^ann/ })).toBeNull());
    expect(api.calls('DELETE', '/api/users/ann')).toHaveLength(1);
    expect(api.calls('DELETE', '/api/users/ann')[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-1',
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Users' })).toHaveFocus();
  });

  it('when Delete is cancelled with Escape, then nothing is sent and the focus returns', async () => {
    const { api, user } = setup();
    await screen.findByRole('table', { name: 'Users' });
    await user.click(screen.getByRole('button', { name: 'Delete ann' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete ann' })).toHaveFocus();
    expect(api.calls('DELETE', '/api/users/ann')).toHaveLength(0);
  });

  it('when deleting the last admin is refused, then the dialog shows why and stays', async () => {
    const { user } = setup({
      'DELETE /api/users/:username': errorReply(
        400,
        'validation_failed',
        'This is the last admin.',
      ),
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.click(screen.getByRole('button', { name: 'Delete erin' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete erin?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This is the last admin.');
    expect(screen.getByRole('row', { name: /^erin/ })).toBeInTheDocument();
  });

  it('resets a password from a dialog and signs a user out everywhere', async () => {
    const { api, user } = setup({
      'PATCH /api/users/:username': { body: USERS[1] },
      'POST /api/users/:username/sign-out-everywhere': { body: { endedSessions: 3 } },
    });
    await screen.findByRole('table', { name: 'Users' });
    await user.click(screen.getByRole('button', { name: 'Reset password for ann' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the password of ann' });
    expect(within(dialog).getByLabelText('New password')).toHaveFocus();
    await user.keyboard('brand-new-pass{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('PATCH', '/api/users/ann')[0]?.body).toEqual({ password: 'brand-new-pass' });
    expect(screen.getByRole('status')).toHaveTextContent('New password set for ann');

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere for ann' }));
    expect(await screen.findByText('Ended 3 sessions of ann.')).toBeInTheDocument();
  });
});
