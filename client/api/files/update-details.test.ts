import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../lib/api-client.ts';
import { updateDetails } from './update-details.ts';

afterEach(() => setCsrfToken(null));

function stubFetch() {
  const fetchMock = vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify({ fileId: 'abc' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('updateDetails', () => {
  // Written out by hand, not built with the helper the code uses: if that helper ever changed
  // the format, this test and the server (which takes exactly this form) would both notice.
  it('when saving, then If-Match is the quoted updatedAt the edit started from, byte for byte', async () => {
    setCsrfToken('token-1');
    const fetchMock = stubFetch();
    await updateDetails('abc_-1', {
      changes: { tags: ['red'] },
      basedOn: '2026-11-01T10:00:00.000Z',
    });

    const [url, init] = fetchMock.mock.calls[0]!;
    const headers = new Headers(init?.headers);
    expect(url).toBe('/api/files/abc_-1/details');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"tags":["red"]}');
    expect(headers.get('If-Match')).toBe('"2026-11-01T10:00:00.000Z"');
    expect(headers.get('X-CSRF-Token')).toBe('token-1');
  });
});
