import { useEffect, useEffectEvent } from 'react';

/**
 * Listens to every keydown on the page while mounted: for shortcuts that work wherever the focus
 * is. The listener always sees the latest props and state. With `capture`, it hears the key
 * before any element does, and can keep it from them (stopPropagation).
 */
export function useDocumentKeydown(
  listener: (event: KeyboardEvent) => void,
  { capture = false }: { capture?: boolean } = {},
) {
  const onKeyDown = useEffectEvent(listener);
  useEffect(() => {
    const handle = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', handle, capture);
    return () => document.removeEventListener('keydown', handle, capture);
  }, [capture]);
}
