import { useEffect } from 'react';

export const APP_NAME = 'tagcrop';

/** "red-sneaker.jpg · tagcrop": what the page is first, so tabs and history tell pages apart. */
export function pageTitle(title: string): string {
  return `${title} · ${APP_NAME}`;
}

/** Sets the document's title while the calling page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
