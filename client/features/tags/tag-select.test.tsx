import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../testing/fetch-stub.ts';
import { renderWithQuery } from '../../testing/render.tsx';
import { TagSelect } from './tag-select.tsx';

const VOCABULARY = [
  { name: 'sneaker', count: 40 },
  { name: 'sale', count: 12 },
  { name: 'sneakers', count: 3 },
  { name: 't-shirt', count: 9 },
];

function Harness({ initial, quickPicks }: { initial: string[]; quickPicks?: string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <>
      <TagSelect value={tags} onChange={setTags} quickPicks={quickPicks} />
      <output data-testid="tags">{tags.join('|')}</output>
    </>
  );
}

function setup(initial: string[] = ['red'], quickPicks?: string[]) {
  // Like the server: tags containing q, ignoring case, those starting with it first.
  const api = stubFetch({
    'GET /api/tags': (request) => {
      const q = (request.query.get('q') ?? '').toLowerCase();
      const hits = VOCABULARY.filter((t) => t.name.includes(q));
      return { body: { tags: hits.sort((a, b) => +b.name.startsWith(q) - +a.name.startsWith(q)) } };
    },
  });
  renderWithQuery(<Harness initial={initial} quickPicks={quickPicks} />);
  return {
    api,
    user: userEvent.setup(),
    input: screen.getByLabelText('Tags'),
    tags: screen.getByTestId('tags'),
  };
}

describe('TagSelect', () => {
  it('when a new tag is typed and Enter pressed, then it becomes a chip', async () => {
    const { user, input, tags } = setup();
    await user.type(input, '  summer {Enter}');
    await waitFor(() => expect(tags).toHaveTextContent('red|summer'));
    expect(screen.getByText('summer')).toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('when the start of an existing tag is typed and Enter pressed at once, then it takes that tag', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'sne{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent('red|sneaker'));
    expect(tags).not.toHaveTextContent('sne|');
    expect(input).toHaveValue('');
  });

  it('lists existing matches first and "Add new tag" last; Enter takes the first match', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'sne');
    const options = await screen.findAllByRole('option');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        'sneaker (40)',
        'sneakers (3)',
        'Add new tag "sne"',
      ]),
    );
    expect(options.length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent('red|sneaker'));
  });

  it('when "Add new tag" is chosen with the arrows, then Enter creates exactly what was typed', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'sne');
    await screen.findByText('Add new tag "sne"');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent('red|sne'));
  });

  it('reuses the library’s spelling of a known tag', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'SALE{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent('red|sale'));
  });

  it('when "red, blue" is pasted, then both become tags', async () => {
    const { user, input, tags } = setup([]);
    await user.click(input);
    await user.paste('red, blue');
    await waitFor(() => expect(tags).toHaveTextContent(/^red\|blue$/));
    expect(input).toHaveValue('');
  });

  it('when a pasted list has bad lines, then the good ones are added and the bad ones explained', async () => {
    const { user, input, tags } = setup([]);
    await user.click(input);
    await user.paste('blue\n50%off\ngreen');
    await waitFor(() => expect(tags).toHaveTextContent(/^blue\|green$/));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cannot add "50%off": Tags cannot contain "%".',
    );
    expect(input).toHaveValue('50%off');
  });

  it('when a comma is typed, then the text before it becomes a tag', async () => {
    const { user, input, tags } = setup([]);
    await user.type(input, 'red, blue{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent(/^red\|blue$/));
  });

  it('when the look-ups are slow, then typing on loses nothing and tags land in order', async () => {
    stubFetch({
      'GET /api/tags': async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return { body: { tags: [{ name: 'sneaker', count: 40 }] } };
      },
    });
    renderWithQuery(<Harness initial={[]} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Tags'), 'red, sne{Enter}blue{Enter}');
    const tags = screen.getByTestId('tags');
    await waitFor(() => expect(tags).toHaveTextContent(/^red\|sneaker\|blue$/));
    expect(screen.getByLabelText('Tags')).toHaveValue('');
  });

  it('when the tag has a %, then it is refused with a message and stays in the input', async () => {
    const { user, input, tags } = setup();
    await user.type(input, '50%off{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cannot add "50%off": Tags cannot contain "%".',
    );
    expect(input).toHaveValue('50%off');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when the tag repeats another ignoring case, then it is refused', async () => {
    const { user, input, tags } = setup();
    await user.type(input, 'RED{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"red" is already a tag (tags ignore case).',
    );
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when the user types after a refusal, then the message goes away', async () => {
    const { user, input } = setup();
    await user.type(input, '50%{Enter}');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.type(input, '{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when a chip’s remove button is clicked, then the tag is removed', async () => {
    const { user, tags } = setup(['red', 'blue']);
    await user.click(screen.getByRole('button', { name: 'Remove red' }));
    expect(tags).toHaveTextContent(/^blue$/);
  });

  it('when Backspace is pressed in the empty input, then every tag stays', async () => {
    const { user, input, tags } = setup(['red', 'blue']);
    await user.click(input);
    await user.keyboard('{Backspace}{Backspace}');
    expect(tags).toHaveTextContent(/^red\|blue$/);
  });

  it('removes a tag from the keyboard only once it is highlighted: ← then Backspace', async () => {
    const { user, input, tags } = setup(['red', 'blue']);
    await user.click(input);
    await user.keyboard('{ArrowLeft}{Backspace}');
    expect(tags).toHaveTextContent(/^red$/);
  });

  it('when Enter is pressed again right after adding, then nothing more is added', async () => {
    const { user, input, tags } = setup([]);
    await user.type(input, 'sne{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent(/^sneaker$/));
    await user.keyboard('{Enter}');
    expect(tags).toHaveTextContent(/^sneaker$/);
  });

  it('when a new tag nearly duplicates a library tag, then it warns and offers the existing one', async () => {
    const { user, input, tags } = setup([]);
    await user.type(input, 'tshirt{Enter}');
    await waitFor(() => expect(tags).toHaveTextContent(/^tshirt$/));
    expect(
      await screen.findByText(
        '“tshirt” is new here and is spelled differently from “t-shirt” (on 9 images).',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use “t-shirt”' }));
    expect(tags).toHaveTextContent(/^t-shirt$/);
    expect(screen.queryByText(/is new here/)).not.toBeInTheDocument();
  });

  it('when the user keeps a near duplicate, then the warning goes and the tag stays', async () => {
    const { user, input, tags } = setup([]);
    await user.type(input, 'sneakerz{Enter}');
    await screen.findByText(/is one letter away from “sneaker”/);
    await user.click(screen.getByRole('button', { name: 'Keep “sneakerz”' }));
    expect(tags).toHaveTextContent(/^sneakerz$/);
    expect(screen.queryByText(/is new here/)).not.toBeInTheDocument();
  });

  it('adds a quick tag on Alt and its number, and by click', async () => {
    const { user, tags } = setup([], ['summer', 'sale']);
    await user.keyboard('{Alt>}2{/Alt}');
    expect(tags).toHaveTextContent(/^sale$/);
    await user.click(screen.getByRole('button', { name: '1 summer' }));
    expect(tags).toHaveTextContent(/^sale\|summer$/);
    expect(screen.getByRole('button', { name: '2 sale' })).toBeDisabled();
  });
});
