import { describe, expect, it } from 'vitest';
import { isEditingText, loopCommandOf, type KeyPress } from './loop-keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  inText: false,
  ...mods,
});

describe('loopCommandOf', () => {
  it.each([
    ['Alt+←', press('ArrowLeft', { altKey: true }), 'previous'],
    ['Alt+→', press('ArrowRight', { altKey: true }), 'next'],
    [
      'Alt+→ while editing text (moves by word on macOS)',
      press('ArrowRight', { altKey: true, inText: true }),
      null,
    ],
    ['→ alone', press('ArrowRight'), null],
    [
      'Ctrl+Alt+→ (AltGr on some layouts)',
      press('ArrowRight', { altKey: true, ctrlKey: true }),
      null,
    ],
    ['Ctrl+Enter', press('Enter', { ctrlKey: true }), 'saveAndNext'],
    ['⌘+Enter', press('Enter', { metaKey: true }), 'saveAndNext'],
    [
      'Ctrl+Enter while editing text',
      press('Enter', { ctrlKey: true, inText: true }),
      'saveAndNext',
    ],
    ['Enter alone (the form’s own)', press('Enter'), null],
    ['Ctrl+Shift+Enter', press('Enter', { ctrlKey: true, shiftKey: true }), null],
    ['Alt+Shift+G', press('G', { altKey: true, shiftKey: true }), 'sameTags'],
    ['Alt+Shift+R', press('R', { altKey: true, shiftKey: true }), 'sameRegion'],
    ['Alt+Shift+P', press('P', { altKey: true, shiftKey: true }), 'sameBoth'],
    [
      'Option+Shift+P on a Mac (types ∏; the key is still P)',
      { ...press('∏', { altKey: true, shiftKey: true }), code: 'KeyP' },
      'sameBoth',
    ],
    ['Alt+Shift+T (Chrome’s toolbar)', press('T', { altKey: true, shiftKey: true }), null],
    ['Alt+P without Shift', press('p', { altKey: true }), null],
    ['? with the focus outside text', press('?', { shiftKey: true }), 'help'],
    ['? typed into text', press('?', { shiftKey: true, inText: true }), null],
  ])('%s', (_why, given, expected) => {
    expect(loopCommandOf(given)).toBe(expected);
  });
});

describe('isEditingText', () => {
  const input = (type: string, value: string) =>
    Object.assign(document.createElement('input'), { type, value });

  it.each([
    ['an empty text field', input('text', ''), false],
    ['a text field with text', input('text', 'sne'), true],
    ['a number field (the region’s numbers)', input('number', '12'), false],
    ['a button', document.createElement('button'), false],
    ['nothing', null, false],
  ])('%s', (_why, target, expected) => {
    expect(isEditingText(target)).toBe(expected);
  });

  it('a text area with text, and an empty one', () => {
    const area = document.createElement('textarea');
    expect(isEditingText(area)).toBe(false);
    area.value = 'alt text';
    expect(isEditingText(area)).toBe(true);
  });
});
