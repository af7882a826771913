import { usePageTitle } from '../lib/use-page-title.ts';

/** Titles the page it is rendered in ("Library · tagcrop"), for pages that do not do it themselves. */
export function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}
