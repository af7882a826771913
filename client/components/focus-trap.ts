const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * Keeps Tab and Shift+Tab inside `container`: from the last element Tab goes to the first, and
 * back. Returns true when it moved the focus itself.
 */
export function wrapTab(container: HTMLElement, backwards: boolean): boolean {
  const items = focusableIn(container);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return false;
  const active = document.activeElement;
  const outside = !container.contains(active);
  if (backwards && (active === first || outside)) {
    last.focus();
    return true;
  }
  if (!backwards && (active === last || outside)) {
    first.focus();
    return true;
  }
  return false;
}
