import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileDetails } from '../../../common/file-details.ts';
import { catalogRoutes } from '../../testing/catalog-stub.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { passCatalog } from '../../testing/pass-stub.ts';
import { renderApp } from '../../testing/render.tsx';

const FROM = `?from=${encodeURIComponent('untagged=true')}`;

/** "Needs tags": a, b and c; "done" is tagged already, so it is not part of the view. */
function library(): FileDetails[] {
  const file = (fileId: string, fields: Partial<FileDetails> = {}) =>
    makeFile({ fileId, name: `${fileId}.jpg`, tags: null, ...fields });
  return [
    file('a', { width: 2000, height: 1000 }),
    file('done', { tags: ['boot'] }),
    file('b', { width: 1000, height: 500 }),
    file('c'),
  ];
}

function setup(start = 'a', topTags = [{ name: 'sneaker', count: 5 }], lookupMs = 0) {
  const files = library();
  const api = stubFetch({
    ...catalogRoutes(files),
    ...passCatalog(files),
    'GET /api/session': { body: makeSession('editor') },
    'GET /api/tags': async () => {
      await new Promise((resolve) => setTimeout(resolve, lookupMs));
      return { body: { tags: [{ name: 'sneaker', count: 5 }] } };
    },
    'GET /api/tags/top': { body: { tags: topTags } },
    'GET /api/files/:fileId/suggested-region': {
      body: { customCoordinates: '100,100,400,200', method: 'background' },
    },
  });
  const rendered = renderApp(`/files/${start}${FROM}`);
  return { api, files, user: userEvent.setup(), ...rendered };
}

const opened = (name: string) => screen.findByRole('heading', { name });
const tagInput = () => screen.getByLabelText('Tags');
const live = () => screen.getByText(/^Image \d+ of \d+: /, { selector: '[role="status"]' });

describe('the tagging loop', () => {
  it('when opened from a view, then it shows the image’s number and Alt+→ / Alt+← walk the view', async () => {
    const { user, router } = setup();
    await opened('a.jpg');
    expect(await screen.findByText('Image 1 of 3')).toBeInTheDocument();
    expect(live()).toHaveTextContent('Image 1 of 3: a.jpg');
    expect(screen.getByRole('button', { name: 'Previous image' })).toBeDisabled();

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await opened('b.jpg');
    expect(router.state.location.search).toBe(FROM);
    expect(live()).toHaveTextContent('Image 2 of 3: b.jpg');
    await waitFor(() => expect(tagInput()).toHaveFocus());

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await opened('a.jpg');
    expect(live()).toHaveTextContent('Image 1 of 3: a.jpg');
  });

  it('when Ctrl+Enter is pressed, then it saves and opens the next image of the view as it was', async () => {
    const { user, api } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.type(tagInput(), 'red{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await opened('b.jpg');
    expect(api.calls('PATCH', '/api/files/a/details')[0]?.body).toEqual({ tags: ['red'] });
    // a.jpg is tagged now and out of "Needs tags"; the pass still counts it.
    expect(screen.getByText('Image 2 of 3')).toBeInTheDocument();
    await waitFor(() => expect(tagInput()).toHaveFocus());
  });

  it('when Ctrl+Enter meets text still being typed, then the text becomes a tag and nothing is saved yet', async () => {
    const { user, api } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.type(tagInput(), 'red');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('red', { selector: '.tag-select__multi-value__label' }));
    expect(api.calls('PATCH', '/api/files/a/details')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'a.jpg' })).toBeInTheDocument();
  });

  it('when "sne", Enter and Ctrl+Enter come faster than the tag look-up, then the tag is saved too', async () => {
    const { user, api } = setup('a', [], 300);
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.type(tagInput(), 'sne{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await opened('b.jpg');
    expect(api.calls('PATCH', '/api/files/a/details')[0]?.body).toEqual({ tags: ['sneaker'] });
  });

  it('when moving on with unsaved changes, then the user is asked first', async () => {
    const { user } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.type(tagInput(), 'red{Enter}');
    await user.click(screen.getByRole('button', { name: 'Next image' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.getByRole('heading', { name: 'a.jpg' })).toBeInTheDocument();
  });

  it('after the last image, then "Save and finish" goes back to the view with what was saved', async () => {
    const { user, router } = setup('b');
    await opened('b.jpg');
    await screen.findByText('Image 2 of 3');
    await user.type(tagInput(), 'red{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await opened('c.jpg');
    expect(screen.getByRole('button', { name: 'Finish: back to the view' })).toBeEnabled();
    await user.type(tagInput(), 'blue{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    await screen.findByRole('heading', { name: 'Library' });
    expect(router.state.location.search).toBe('?untagged=true');
    const summary = await screen.findByText(/Saved 2 images in this pass: 2 now tagged\./);
    expect(summary.closest('[role="status"]')).toHaveFocus();
  });
});

describe('leaving the pass early', () => {
  it('when "Back to library" is taken after a save, then the view says what the pass saved so far', async () => {
    const { user } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.type(tagInput(), 'red{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await opened('b.jpg');
    await user.click(screen.getByRole('link', { name: 'Back to library' }));
    const summary = await screen.findByText('Saved 1 image in this pass: 1 now tagged.');
    expect(summary.closest('[role="status"]')).not.toHaveTextContent(/end of this view/);
  });

  it('when the key help is open, then Alt+→ stays with the dialog', async () => {
    const { user } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(screen.getByRole('heading', { name: 'a.jpg' })).toBeInTheDocument();
  });
});

describe('quick picks and "Same as previous"', () => {
  it('when the view has tags used most, then they are chips on Alt+1…9, counted where the view looks', async () => {
    const { user, api } = setup('a', [
      { name: 'sneaker', count: 5 },
      { name: 'red', count: 2 },
    ]);
    await opened('a.jpg');
    const chips = await screen.findByRole('list', { name: /Quick picks/ });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1 sneaker', '2 red']);
    // "Needs tags" has no tags to count: the view without it is asked.
    expect(api.calls('GET', '/api/tags/top')[0]?.query.has('untagged')).toBe(false);
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByText('red', { selector: '.tag-select__multi-value__label' })).toBeVisible();
  });

  it('when Alt+Shift+P is pressed, then the last saved image’s tags and region (scaled) are taken', async () => {
    const { user } = setup();
    await opened('a.jpg');
    await screen.findByText('Image 1 of 3');
    expect(screen.getByText(/no previous image yet/)).toBeInTheDocument();
    await user.type(tagInput(), 'red{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add region' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await opened('b.jpg');
    expect(screen.getByText('(a.jpg)')).toBeInTheDocument();

    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(screen.getByText('red', { selector: '.tag-select__multi-value__label' })).toBeVisible();
    // a.jpg's region (1000 × 500 at 500, 250 of 2000 × 1000) on b.jpg, half its size.
    expect(screen.getByLabelText('X')).toHaveValue(250);
    expect(screen.getByLabelText('Y')).toHaveValue(125);
    expect(screen.getByLabelText('Width')).toHaveValue(500);
    expect(screen.getByLabelText('Height')).toHaveValue(250);
    expect(tagInput()).toHaveFocus();
  });

  it('when ? is pressed outside text, then the keyboard help lists every shortcut', async () => {
    const { user } = setup();
    await opened('a.jpg');
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const keys of ['Ctrl+Enter (⌘+Enter)', 'Alt+Shift+P', 'Alt+Shift+G', 'Alt+Shift+R']) {
      expect(within(help).getByText(keys)).toBeInTheDocument();
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
