import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogRoutes } from '../../../testing/catalog-stub.ts';
import { errorReply, stubFetch, type StubHandler } from '../../../testing/fetch-stub.ts';
import { makeSession } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render.tsx';

function setup(routes: Record<string, StubHandler> = {}) {
  const api = stubFetch({
    'GET /api/session': { body: makeSession('editor') },
    ...catalogRoutes([]),
    'DELETE /api/session': { status: 204 },
    ...routes,
  });
  const rendered = renderApp('/');
  return { api, user: userEvent.setup(), ...rendered };
}

async function openChangePassword(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Account' }));
  await user.click(screen.getByRole('button', { name: 'Change password' }));
  return screen.findByRole('dialog', { name: 'Change password' });
}

async function fill(
  user: ReturnType<typeof userEvent.setup>,
  current: string,
  next: string,
  again: string,
) {
  if (current) await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('Confirm new password'), again);
}

describe('account menu', () => {
  it('opens and closes as a disclosure, Escape returning the focus to its button', async () => {
    const { user } = setup();
    const toggle = await screen.findByRole('button', { name: 'Account' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Change password' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Change password' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('when the new passwords differ, then it says so and sends nothing', async () => {
    const { api, user } = setup();
    await openChangePassword(user);
    expect(screen.getByLabelText('Current password')).toHaveFocus();
    await fill(user, 'old-password', 'new-password-1', 'new-password-2');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The new passwords do not match.');
    expect(api.calls('PUT', '/api/session/password')).toHaveLength(0);
  });

  it('when the new password is too short, then it says so and sends nothing', async () => {
    const { api, user } = setup();
    await openChangePassword(user);
    await fill(user, 'old-password', 'short', 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A password needs at least 8 characters.');
    expect(api.calls('PUT', '/api/session/password')).toHaveLength(0);
  });

  it('when the current password is wrong, then the server’s message is shown in the dialog', async () => {
    const { user } = setup({
      'PUT /api/session/password': errorReply(
        400,
        'validation_failed',
        'The current password is wrong.',
      ),
    });
    const dialog = await openChangePassword(user);
    await fill(user, 'not-it', 'new-password-1', 'new-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The current password is wrong.',
    );
  });

  it('when the password is changed, then the next mutating call carries the new CSRF token', async () => {
    const { api, user } = setup({
      'PUT /api/session/password': {
        body: { user: { username: 'erin', role: 'editor' }, csrfToken: 'csrf-token-2' },
      },
    });
    const dialog = await openChangePassword(user);
    await fill(user, 'old-password', 'new-password-1', 'new-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('dialog', { name: 'Password changed' })).toBeInTheDocument();
    const sent = api.calls('PUT', '/api/session/password')[0];
    expect(sent?.body).toEqual({ currentPassword: 'old-password', newPassword: 'new-password-1' });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Username');
    expect(api.calls('DELETE', '/api/session')[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-2',
    );
  });

  it('when the user signs out everywhere, then this browser goes to sign in too', async () => {
    let signedIn = true;
    const { api, user, router } = setup({
      'GET /api/session': () =>
        signedIn
          ? { body: makeSession('editor') }
          : errorReply(401, 'unauthenticated', 'Sign in first.'),
      'POST /api/session/sign-out-everywhere': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out everywhere?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await screen.findByLabelText('Username');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(
      api.calls('POST', '/api/session/sign-out-everywhere')[0]?.headers.get('X-CSRF-Token'),
    ).toBe('csrf-token-1');
  });

  it('when signing out everywhere is cancelled, then nothing is sent', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(api.calls('POST', '/api/session/sign-out-everywhere')).toHaveLength(0);
  });
});
