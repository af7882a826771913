import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client.ts';
import { createQueryClient, errorMessage, shouldRetry } from './query-client.ts';

const apiError = (status: number, retryAfter: number | null = null) =>
  new ApiError({ status, code: 'internal', message: `status ${status}`, retryAfter });

describe('shouldRetry', () => {
  it.each([
    [0, apiError(0), true],
    [0, apiError(502), true],
    [1, apiError(504), true],
    [2, apiError(502), false],
    [0, apiError(400), false],
    [0, apiError(404), false],
    [0, apiError(429), false],
    [0, new Error('x'), true],
  ])('after %i failures of %s → %s', (count, error, expected) => {
    expect(shouldRetry(count, error)).toBe(expected);
  });
});

describe('errorMessage', () => {
  it.each([
    [apiError(502), 'status 502'],
    [apiError(429, 30), 'status 429 Try again in 30 s.'],
    [new Error('plain'), 'plain'],
    ['weird', 'Something went wrong.'],
  ])('%s → %s', (error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});

describe('createQueryClient error path', () => {
  function setup() {
    const hooks = { notify: vi.fn(), onUnauthenticated: vi.fn() };
    return { hooks, client: createQueryClient(hooks, { retry: false }) };
  }

  it('when a query fails, then its message goes to notify', async () => {
    const { hooks, client } = setup();
    await client
      .fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(apiError(502)) })
      .catch(() => undefined);
    expect(hooks.notify).toHaveBeenCalledWith('status 502');
  });

  it('when a query answers 401, then the session handler runs instead of a notice', async () => {
    const { hooks, client } = setup();
    await client
      .fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(apiError(401)) })
      .catch(() => undefined);
    expect(hooks.onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(hooks.notify).not.toHaveBeenCalled();
  });

  it('when a mutation opts out with meta, then no notice is shown', async () => {
    const { hooks, client } = setup();
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(apiError(400)),
      meta: { errorNotice: false },
    });
    await mutation.execute(undefined).catch(() => undefined);
    expect(hooks.notify).not.toHaveBeenCalled();
  });

  it('when a mutation fails without opting out, then its message goes to notify', async () => {
    const { hooks, client } = setup();
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(apiError(504)),
    });
    await mutation.execute(undefined).catch(() => undefined);
    expect(hooks.notify).toHaveBeenCalledWith('status 504');
  });
});
