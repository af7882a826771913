import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FileDetails } from '../../../common/file-details.ts';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { makeFile, makeSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render.tsx';

const AI_TAGS = [
  { name: 'Shoe', confidence: 96.4, source: 'google-auto-tagging' },
  { name: 'Footwear', confidence: 71.2, source: 'aws-auto-tagging' },
];
const FILE = makeFile({
  tags: ['red'],
  customCoordinates: '1000,400,800,400',
  description: 'A red shoe',
  AITags: AI_TAGS,
});

function setup(file: FileDetails = FILE, role: 'editor' | 'viewer' = 'editor') {
  const api = stubFetch({
    'GET /api/session': { body: makeSession(role) },
    'GET /api/files/:fileId': { body: file },
    'GET /api/tags': { body: { tags: [] } },
    'PATCH /api/files/:fileId/details': (request) => {
      const { removeAITags = [], ...changes } = request.body as { removeAITags?: string[] };
      const AITags = (file.AITags ?? []).filter((t) => !removeAITags.includes(t.name));
      return {
        body: { ...file, ...changes, AITags, updatedAt: '2026-11-02T10:00:00.000Z' },
      };
    },
  });
  renderApp(`/files/${file.fileId}`);
  return { api, user: userEvent.setup() };
}

const loaded = () => screen.findByRole('heading', { name: 'red-shoe.jpg' });
const patches = (api: ReturnType<typeof stubFetch>) =>
  api.calls('PATCH', '/api/files/file_1/details').map((r) => r.body);
const save = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved');
};

describe('file editor: description', () => {
  it('when the description is edited, then only it is sent', async () => {
    const { api, user } = setup();
    await loaded();
    const field = screen.getByLabelText('Description (alt text)');
    expect(field).toHaveValue('A red shoe');
    await user.clear(field);
    await user.type(field, 'Red running shoe, side view');
    expect(screen.getByText('27 / 1000 characters')).toBeInTheDocument();
    await save(user);
    expect(patches(api)).toEqual([{ description: 'Red running shoe, side view' }]);
  });

  it('when the description is too long, then Save waits and the field says why', async () => {
    const { user } = setup({ ...FILE, description: 'x'.repeat(999) });
    await loaded();
    await user.type(screen.getByLabelText('Description (alt text)'), 'yz');
    expect(screen.getByLabelText('Description (alt text)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('file editor: AI tags', () => {
  it('shows them apart from the tags, with how sure the tagger was', async () => {
    setup();
    await loaded();
    const section = screen.getByRole('heading', { name: 'AI tags' }).closest('section')!;
    expect(within(section).getByText('Shoe')).toBeInTheDocument();
    expect(within(section).getByText(/96%/)).toHaveTextContent('96% sure · Google');
    expect(within(section).getByText(/71%/)).toHaveTextContent('71% sure · AWS');
  });

  it('when one is added, then it becomes a tag', async () => {
    const { api, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Add Shoe as a tag' }));
    expect(screen.getByRole('button', { name: 'Added: Shoe is a tag' })).toBeDisabled();
    await save(user);
    expect(patches(api)).toEqual([{ tags: ['red', 'Shoe'] }]);
  });

  it('when one is removed, then the save sends removeAITags; Undo takes it back first', async () => {
    const { api, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Remove AI tag Footwear' }));
    await user.click(screen.getByRole('button', { name: 'Undo remove of AI tag Footwear' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove AI tag Shoe' }));
    await save(user);
    expect(patches(api)).toEqual([{ removeAITags: ['Shoe'] }]);
    expect(screen.queryByRole('button', { name: /AI tag Shoe/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('for a viewer, they are shown without buttons', async () => {
    setup(FILE, 'viewer');
    await loaded();
    expect(screen.getByText('Shoe')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Shoe/ })).not.toBeInTheDocument();
  });
});

describe('file editor: aspect presets', () => {
  it('when 1:1 is chosen, then the region becomes square around what it marked, and stays square while typed', async () => {
    const { api, user } = setup();
    await loaded();
    await user.click(screen.getByRole('radio', { name: '1:1' }));
    expect(screen.getByText('x 1000, y 200, 800 × 800 px')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Width'));
    await user.type(screen.getByLabelText('Width'), '500');
    expect(screen.getByLabelText('Height')).toHaveValue(500);
    await user.click(screen.getByRole('radio', { name: '16:9' }));
    // Starts again from the region as the user left it, not from the square.
    expect(screen.getByText('x 806, y 200, 889 × 500 px')).toBeInTheDocument();
    await save(user);
    expect(patches(api)).toEqual([{ customCoordinates: '806,200,889,500' }]);
  });

  it('when trying presets one after another, then each fits the region as the user left it', async () => {
    const { user } = setup();
    await loaded();
    await user.click(screen.getByRole('radio', { name: '1:1' }));
    await user.click(screen.getByRole('radio', { name: '4:5' }));
    expect(screen.getByText('x 1000, y 100, 800 × 1000 px')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Free' }));
    await user.click(screen.getByRole('radio', { name: '3:2' }));
    expect(screen.getByText('x 1000, y 334, 800 × 533 px')).toBeInTheDocument();
  });

  it('a custom ratio applies on Enter, and a wrong one is explained', async () => {
    const { user } = setup();
    await loaded();
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    const ratio = screen.getByLabelText('Ratio (width:height)');
    await user.type(ratio, 'wide');
    expect(screen.getByText(/Write a ratio like 16:9/)).toBeInTheDocument();
    await user.clear(ratio);
    await user.type(ratio, '4:1{Enter}');
    expect(screen.getByText('x 600, y 400, 1600 × 400 px')).toBeInTheDocument();
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
  });
});
