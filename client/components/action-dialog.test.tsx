import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActionDialog } from './action-dialog.tsx';

const idle = { isPending: false, error: null };

function renderDialog(props: Partial<Parameters<typeof ActionDialog>[0]> = {}) {
  const onAction = vi.fn();
  const onCancel = vi.fn();
  render(
    <ActionDialog
      title="Rename"
      actionLabel="Rename"
      busyLabel="Renaming…"
      request={idle}
      onAction={onAction}
      onCancel={onCancel}
      {...props}
    />,
  );
  return { onAction, onCancel, user: userEvent.setup() };
}

describe('ActionDialog', () => {
  it('when its fields are submitted with Enter, then the action runs', async () => {
    const { onAction, user } = renderDialog({ children: <input aria-label="Name" /> });
    const dialog = screen.getByRole('dialog', { name: 'Rename' });
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
    await user.keyboard('x{Enter}');
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('when the action cannot be undone, then it is an alert with Cancel focused', async () => {
    const { onCancel, user } = renderDialog({ isDestructive: true, title: 'Delete ann?' });
    const dialog = screen.getByRole('alertdialog', { name: 'Delete ann?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('when the request runs, then the action waits with the busy label', () => {
    renderDialog({ request: { isPending: true, error: null } });
    expect(screen.getByRole('button', { name: 'Renaming…' })).toBeDisabled();
  });

  it('when the request failed, then its reason is shown after the form’s own problems', () => {
    renderDialog({
      problems: ['Too short.'],
      request: { isPending: false, error: new Error('Taken.') },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Too short.Taken.');
  });
});
