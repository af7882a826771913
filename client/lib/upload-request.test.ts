import { afterEach, describe, expect, it } from 'vitest';
import { stubXhr } from '../testing/xhr-stub.ts';
import { ApiError, setCsrfToken, uploadRequest } from './api-client.ts';

afterEach(() => setCsrfToken(null));

const form = () => {
  const data = new FormData();
  data.set('folder', '/shoes/');
  return data;
};

describe('uploadRequest', () => {
  it('when the server answers 201, then it resolves with the body, having sent the CSRF token', async () => {
    setCsrfToken('token-1');
    const xhr = stubXhr((upload) => upload.respond(201, { fileId: 'f1' }));
    await expect(uploadRequest('/api/files', form())).resolves.toEqual({ fileId: 'f1' });
    expect(xhr.last()).toMatchObject({
      method: 'POST',
      url: '/api/files',
      headers: { Accept: 'application/json', 'X-CSRF-Token': 'token-1' },
    });
    expect(xhr.last().form.get('folder')).toBe('/shoes/');
  });

  it('when bytes go out, then each step is reported', async () => {
    const xhr = stubXhr();
    const steps: Array<[number, number]> = [];
    const done = uploadRequest('/api/files', form(), {
      onProgress: ({ loaded, total }) => steps.push([loaded, total]),
    });
    xhr.last().progress(10, 40);
    xhr.last().progress(40, 40);
    xhr.last().respond(201, {});
    await done;
    expect(steps).toEqual([
      [10, 40],
      [40, 40],
    ]);
  });

  it('when the server refuses, then an ApiError with its code, message and Retry-After', async () => {
    stubXhr((upload) =>
      upload.respond(
        429,
        { error: { code: 'rate_limited', message: 'Upload limit reached.' } },
        { 'Retry-After': '30' },
      ),
    );
    const error = await uploadRequest('/api/files', form()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Upload limit reached.',
      retryAfter: 30,
    });
  });

  it('when the network fails, then network_error', async () => {
    stubXhr((upload) => upload.failNetwork());
    await expect(uploadRequest('/api/files', form())).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('when the signal aborts, then the request is aborted and an AbortError comes through', async () => {
    const xhr = stubXhr();
    const controller = new AbortController();
    const done = uploadRequest('/api/files', form(), { signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(xhr.last().aborted).toBe(true);
  });
});
