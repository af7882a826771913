import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileETag } from '../../../common/file-version.ts';
import { setCsrfToken } from '../../lib/api-client.ts';
import { makeFile } from '../../testing/fixtures.ts';
import { updateDetails } from './update-details.ts';

afterEach(() => setCsrfToken(null));

function stubFetch(headers: Record<string, string> = {}) {
  const fetchMock = vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify({ fileId: 'abc' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('updateDetails', () => {
  it('when saving, then If-Match is the ETag of the version the edit started from', async () => {
    setCsrfToken('token-1');
    const fetchMock = stubFetch();
    const opened = makeFile({ fileId: 'abc_-1' });
    await updateDetails('abc_-1', { changes: { tags: ['red'] }, basedOn: fileETag(opened) });
    const [url, init] = fetchMock.mock.calls[0]!;
    const headers = new Headers(init?.headers);
    expect(url).toBe('/api/files/abc_-1/details');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"tags":["red"]}');
    expect(headers.get('If-Match')).toBe(fileETag(opened));
    expect(headers.get('If-Match')).toMatch(/^"v[0-9a-f]{16}"$/);
    expect(headers.get('X-CSRF-Token')).toBe('token-1');
  });

  it('when the server names the journal entry, then the answer carries it for Undo', async () => {
    stubFetch({ 'X-Journal-Entry': '42' });
    const saved = await updateDetails('abc', { changes: { tags: [] }, basedOn: '*' });
    expect(saved).toEqual({ file: { fileId: 'abc' }, entryId: 42 });
  });
});
