import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { renderWithQuery } from '../../testing/render.tsx';
import { TagSelect } from './tag-select.tsx';

function Harness({ initial }: { initial: string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <>
      <TagSelect value={tags} onChange={setTags} />
      <output data-testid="tags">{tags.join('|')}</output>
    </>
  );
}

function setup(initial: string[] = ['red']) {
  const api = stubFetch({
    'GET /api/tags': { body: { tags: [{ name: 'sale', count: 12 }] } },
  });
  renderWithQuery(<Harness initial={initial} />);
  return {
    api,
    user: userEvent.setup(),
    input: screen.getByLabelText('Tags'),
    tags: screen.getByTestId('tags'),
  };
}

describe('TagSelect', () => {
  it('when a tag is typed and Enter pressed, then it becomes a chip', async () => {
    const { user, input, tags } = setup();
    await user.type(input, '  summer ');
    await user.keyboard('{Enter}');
    expect(tags).toHaveTextContent('red|summer');
    expect(screen.getByText('summer')).toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('when the tag has a %, then it is refused with a message and stays in the input', async () => {
    const { user, input, tags } = setup();
    await user.type(input, '50%off');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cannot add "50%off": Tags cannot contain "%".',
    );
    expect(input).toHaveValue('50%off');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when the tag has a comma, then it is refused with a message', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'a,b{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Tags cannot contain ",".');
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when the tag repeats another ignoring case, then it is refused', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'RED{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '"red" is already a tag (tags ignore case).',
    );
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when the user types after a refusal, then the message goes away', async () => {
    const { user, input } = setup();
    await user.type(input, '50%{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.type(input, '{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when a chip’s remove button is clicked, then the tag is removed', async () => {
    const { user, tags } = setup(['red', 'blue']);
    await user.click(screen.getByRole('button', { name: 'Remove red' }));
    expect(tags).toHaveTextContent(/^blue$/);
  });

  it('when Backspace is pressed in the empty input, then the last chip is removed', async () => {
    const { user, input, tags } = setup(['red', 'blue']);
    await user.click(input);
    await user.keyboard('{Backspace}');
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('suggests tags from the vocabulary and reuses their spelling', async () => {
    const { api, user, input, tags } = setup();
    await user.type(input, 'Sale');
    await waitFor(() => expect(api.requests.some((r) => r.query.get('q') === 'Sale')).toBe(true));
    expect(await screen.findByText('sale (12)')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(tags).toHaveTextContent('red|sale');
  });
});
