import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../../common/coordinates.ts';
import { describeRegion } from '../region-numbers.ts';
import { RegionInputs } from './region-inputs.tsx';

const image = { width: 3600, height: 2400 };

function Harness({ initial }: { initial: Region | null }) {
  const [region, setRegion] = useState(initial);
  const [valid, setValid] = useState(true);
  return (
    <>
      <RegionInputs
        region={region}
        image={image}
        onChange={setRegion}
        onValidityChange={setValid}
        readOnly={false}
      />
      <output data-testid="region">{describeRegion(region)}</output>
      <output data-testid="valid">{String(valid)}</output>
      <button type="button" onClick={() => setRegion({ x: 1, y: 2, width: 3, height: 4 })}>
        drag
      </button>
    </>
  );
}

function setup(initial: Region | null = { x: 100, y: 200, width: 800, height: 600 }) {
  render(<Harness initial={initial} />);
  return {
    user: userEvent.setup(),
    region: screen.getByTestId('region'),
    valid: screen.getByTestId('valid'),
  };
}

describe('RegionInputs', () => {
  it('shows the region in original pixels under the labels X, Y, Width and Height', () => {
    setup();
    expect(screen.getByLabelText('X')).toHaveValue(100);
    expect(screen.getByLabelText('Y')).toHaveValue(200);
    expect(screen.getByLabelText('Width')).toHaveValue(800);
    expect(screen.getByLabelText('Height')).toHaveValue(600);
  });

  it('when a number is typed, then the region follows at every keystroke', async () => {
    const { user, region } = setup();
    await user.clear(screen.getByLabelText('X'));
    await user.type(screen.getByLabelText('X'), '120');
    expect(region).toHaveTextContent('x 120, y 200, 800 × 600 px');
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '1000');
    expect(region).toHaveTextContent('x 120, y 200, 800 × 1000 px');
  });

  it('when a width past the image edge is typed, then it is clamped and the field says so', async () => {
    const { user, region } = setup();
    const width = screen.getByLabelText('Width');
    await user.clear(width);
    await user.type(width, '5000');
    expect(region).toHaveTextContent('x 100, y 200, 3500 × 600 px');
    expect(width).toHaveValue(5000);
    expect(width).toHaveAccessibleDescription(
      'Width can be at most 3500 here (the image is 3600 × 2400 px); using 3500.',
    );
    await user.tab();
    expect(width).toHaveValue(3500);
  });

  it('when the text is not a whole number, then it is flagged, kept and the region is unchanged', async () => {
    const { user, region, valid } = setup();
    const y = screen.getByLabelText('Y');
    await user.clear(y);
    expect(y).toHaveAttribute('aria-invalid', 'true');
    expect(y).toHaveAccessibleDescription('Enter a whole number of pixels.');
    expect(valid).toHaveTextContent('false');
    await user.tab();
    expect(y).toHaveValue(null);
    expect(region).toHaveTextContent('x 100, y 200, 800 × 600 px');
    await user.type(y, '7');
    expect(valid).toHaveTextContent('true');
    expect(region).toHaveTextContent('x 100, y 7, 800 × 600 px');
  });

  it('when the region changes elsewhere (drawn), then the numbers follow', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'drag' }));
    expect(screen.getByLabelText('X')).toHaveValue(1);
    expect(screen.getByLabelText('Height')).toHaveValue(4);
  });

  it('when there is no region yet, then typing a number starts one from the centre', async () => {
    const { user, region } = setup(null);
    expect(screen.getByLabelText('X')).toHaveValue(null);
    await user.type(screen.getByLabelText('X'), '10');
    expect(region).toHaveTextContent('x 10, y 600, 1800 × 1200 px');
  });
});
