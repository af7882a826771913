import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogRoutes } from '../../testing/catalog-stub.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';
import { stubXhr, type FakeUpload } from '../../testing/xhr-stub.ts';

const image = (name: string) => new File([new Uint8Array(64)], name, { type: 'image/png' });

function setup(role: 'editor' | 'viewer' = 'editor', onSend?: (upload: FakeUpload) => void) {
  const api = stubFetch({
    'GET /api/session': { body: makeSession(role) },
    ...catalogRoutes([makeFile({ fileId: 'old', name: 'old.jpg' })]),
  });
  const xhr = stubXhr(onSend);
  return { api, xhr, user: userEvent.setup(), ...renderApp('/?folder=%2Fshoes%2F') };
}

const region = () => screen.getByRole('region', { name: 'Upload images' });

describe('uploading images from the library', () => {
  it('when an editor picks two images and adds a tag, then each goes with the folder and tag, and a failed one can be retried', async () => {
    const { api, xhr, user } = setup();
    await screen.findByRole('button', { name: 'Upload images…' });
    await user.upload(screen.getByLabelText('Choose images to upload'), [
      image('red.png'),
      image('blue.png'),
    ]);
    const form = screen.getByRole('form', { name: 'Images to upload' });
    expect(form).toHaveTextContent('2 images ready to upload into /shoes/');
    // A region is for one image only.
    expect(within(form).queryByLabelText('Region (x,y,width,height)')).toBeNull();
    await user.type(await within(form).findByLabelText('Tags for these images'), 'sale,');
    const listsBefore = api.calls('GET', '/api/files').length;
    await user.click(within(form).getByRole('button', { name: 'Upload 2 images' }));

    await waitFor(() => expect(xhr.sent).toHaveLength(2));
    const [red, blue] = xhr.sent as [FakeUpload, FakeUpload];
    expect(red.form.get('folder')).toBe('/shoes/');
    expect(red.form.get('tags')).toBe('sale');
    expect((red.form.get('file') as File).name).toBe('red.png');
    expect(red.headers['X-CSRF-Token']).toBe('csrf-token-1');
    red.progress(32, 64);
    expect(await screen.findByRole('progressbar', { name: 'red.png: sending' })).toHaveAttribute(
      'value',
      '32',
    );
    red.respond(201, makeFile({ fileId: 'n1', name: 'red_x1.png' }));
    blue.respond(502, {
      error: {
        code: 'upstream_unavailable',
        message: 'Could not reach ImageKit. Try again shortly.',
      },
    });

    expect(await within(region()).findByRole('status')).toHaveTextContent(
      '1 image uploaded, 1 failed.',
    );
    expect(screen.getByRole('link', { name: 'Uploaded: open red_x1.png' })).toHaveAttribute(
      'href',
      '/files/n1',
    );
    expect(screen.getByText('Could not reach ImageKit. Try again shortly.')).toBeInTheDocument();
    // Settled: the library's lists are asked again, so the new image shows in the grid.
    await waitFor(() => expect(api.calls('GET', '/api/files').length).toBeGreaterThan(listsBefore));

    await user.click(screen.getByRole('button', { name: 'Retry blue.png' }));
    await waitFor(() => expect(xhr.sent).toHaveLength(3));
    xhr.last().respond(201, makeFile({ fileId: 'n2', name: 'blue_x2.png' }));
    expect(await within(region()).findByText('2 images uploaded.')).toBeInTheDocument();
  });

  it('when an image is refused for what it is, then it can be dismissed, not retried', async () => {
    const { user } = setup('editor', (upload) =>
      upload.respond(415, {
        error: { code: 'unsupported_media_type', message: '"a.png" is not an image we accept.' },
      }),
    );
    await user.upload(await screen.findByLabelText('Choose images to upload'), [image('a.png')]);
    await user.click(screen.getByRole('button', { name: 'Upload 1 image' }));
    expect(await screen.findByText('"a.png" is not an image we accept.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry a.png' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss a.png' }));
    expect(screen.queryByRole('list', { name: 'Uploads' })).toBeNull();
  });

  it('when one image is dropped, then it can be given a region that must fit it', async () => {
    const { xhr, user } = setup('editor', (upload) => upload.respond(201, makeFile()));
    await screen.findByRole('button', { name: 'Upload images…' });
    const dropped = image('one.png');
    fireEvent.drop(region(), { dataTransfer: { files: [dropped], types: ['Files'] } });
    const field = await screen.findByLabelText('Region (x,y,width,height)');
    await user.type(field, '1,2,3');
    expect(screen.getByText(/Write the region as x,y,width,height/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload 1 image' })).toBeDisabled();
    await user.type(field, ',4');
    await user.click(screen.getByRole('button', { name: 'Upload 1 image' }));
    await waitFor(() => expect(xhr.sent).toHaveLength(1));
    expect(xhr.last().form.get('customCoordinates')).toBe('1,2,3,4');
    expect(xhr.last().form.get('tags')).toBeNull();
  });

  it('when a dropped file says it is no image, then it is left out and named', async () => {
    setup();
    await screen.findByRole('button', { name: 'Upload images…' });
    const notes = new File(['x'], 'notes.pdf', { type: 'application/pdf' });
    fireEvent.drop(region(), { dataTransfer: { files: [notes], types: ['Files'] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Left out, not images: notes.pdf.');
  });

  it('when a viewer opens the library, then there is nothing to upload with', async () => {
    setup('viewer');
    await screen.findByText('1 image');
    expect(screen.queryByRole('button', { name: 'Upload images…' })).toBeNull();
    expect(screen.queryByLabelText('Choose images to upload')).toBeNull();
  });
});
