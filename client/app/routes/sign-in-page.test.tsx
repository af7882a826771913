import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorReply, stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const NOT_SIGNED_IN = errorReply(401, 'unauthenticated', 'Sign in first.');

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('when not signed in, then any page shows the sign-in form with its labels', async () => {
    stubFetch({ 'GET /api/session': NOT_SIGNED_IN });
    const { router } = renderApp('/files/file_1');
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('is titled "Sign in · tagcrop" and puts the focus in the user name', async () => {
    stubFetch({ 'GET /api/session': NOT_SIGNED_IN });
    renderApp('/sign-in');
    expect(await screen.findByLabelText('Username')).toHaveFocus();
    expect(document.title).toBe('Sign in · tagcrop');
  });

  it.each([
    ['/', 'Library · tagcrop'],
    ['/admin/users', 'Users · tagcrop'],
    ['/no/such/page', 'Page not found · tagcrop'],
  ])('when signed in, %s is titled "%s"', async (path, title) => {
    stubFetch({
      'GET /api/session': { body: makeSession('admin') },
      'GET /api/files': { body: { files: [], skip: 0, limit: 48, hasMore: false } },
      'GET /api/users': { body: { users: [] } },
    });
    renderApp(path);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('when the credentials are wrong (401), then the server’s message is shown', async () => {
    const api = stubFetch({
      'GET /api/session': NOT_SIGNED_IN,
      'POST /api/session': errorReply(401, 'unauthenticated', 'Wrong username or password.'),
    });
    renderApp('/sign-in');
    await signIn('erin', 'nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(api.calls('POST', '/api/session')[0]?.body).toEqual({
      username: 'erin',
      password: 'nope',
    });
    expect(screen.getByLabelText('Password')).toHaveValue('nope');
  });

  it('when there were too many attempts (429), then the message says how long to wait', async () => {
    stubFetch({
      'GET /api/session': NOT_SIGNED_IN,
      'POST /api/session': {
        ...errorReply(429, 'rate_limited', 'Too many sign-in attempts.'),
        headers: { 'Retry-After': '30' },
      },
    });
    renderApp('/sign-in');
    await signIn('erin', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 30 s.',
    );
  });

  it('when sign-in succeeds, then the user lands on the page they wanted', async () => {
    let signedIn = false;
    stubFetch({
      'GET /api/session': () => (signedIn ? { body: makeSession() } : NOT_SIGNED_IN),
      'POST /api/session': () => {
        signedIn = true;
        return { body: makeSession() };
      },
      'GET /api/files/:fileId': { body: makeFile() },
      'GET /api/tags': { body: { tags: [] } },
    });
    const { router } = renderApp('/files/file_1');
    await signIn('erin', 'secret');
    expect(await screen.findByRole('heading', { name: 'red-shoe.jpg' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/files/file_1');
    expect(screen.getByText('erin')).toBeInTheDocument();
  });

  it('when a later call answers 401, then the user is sent back to sign in', async () => {
    stubFetch({
      'GET /api/session': { body: makeSession() },
      'GET /api/files/:fileId': errorReply(401, 'unauthenticated', 'Your session has ended.'),
    });
    const { router } = renderApp('/files/file_1');
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.state).toEqual({ from: '/files/file_1' });
  });

  it('when the user signs out, then the session is deleted with the CSRF token', async () => {
    const api = stubFetch({
      'GET /api/session': { body: makeSession('admin') },
      'GET /api/files': { body: { files: [], total: 0, nextCursor: null } },
      'DELETE /api/session': { status: 204 },
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();
    expect(await screen.findByText('admin')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(api.calls('DELETE', '/api/session')[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-token-1',
    );
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
