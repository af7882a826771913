import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../../../common/api/users.ts';
import { makeSession } from '../../testing/fixtures.ts';
import { createTestQueryClient } from '../../testing/render.tsx';
import { sessionKeys } from '../session/session-keys.ts';
import { refreshAfterUserChange, type UserChange } from './user-cache.ts';
import { userKeys } from './user-keys.ts';

const user = (username: string, role: UserSummary['role'] = 'viewer'): UserSummary => ({
  username,
  role,
  createdAt: '2026-11-01T10:00:00.000Z',
});

function setup() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionKeys.current(), makeSession('admin'));
  queryClient.setQueryData(userKeys.list(), [user('erin', 'admin'), user('ann')]);
  const isStale = (key: readonly unknown[]) =>
    queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, isStale };
}

describe('refreshAfterUserChange', () => {
  it.each<[string, UserChange, string[] | 'stale', boolean]>([
    ['bob added', { kind: 'added', user: user('bob') }, 'stale', false],
    [
      'ann made an editor',
      { kind: 'updated', user: user('ann', 'editor') },
      ['erin:admin', 'ann:editor'],
      false,
    ],
    ['ann deleted', { kind: 'deleted', username: 'ann' }, ['erin:admin'], false],
    ['ann signed out', { kind: 'signedOut', username: 'ann' }, ['erin:admin', 'ann:viewer'], false],
    [
      'my own role changed',
      { kind: 'updated', user: user('erin', 'editor') },
      ['erin:editor', 'ann:viewer'],
      true,
    ],
    [
      'my own sessions ended',
      { kind: 'signedOut', username: 'erin' },
      ['erin:admin', 'ann:viewer'],
      true,
    ],
  ])('when %s, then the list and the session follow', (_name, change, list, sessionStale) => {
    const { queryClient, isStale } = setup();
    refreshAfterUserChange(queryClient, change);
    if (list === 'stale') {
      expect(isStale(userKeys.list())).toBe(true);
    } else {
      const users = queryClient.getQueryData<UserSummary[]>(userKeys.list());
      expect(users?.map((u) => `${u.username}:${u.role}`)).toEqual(list);
    }
    expect(isStale(sessionKeys.current())).toBe(sessionStale);
  });
});
