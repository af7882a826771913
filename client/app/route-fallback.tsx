import { Loading } from '../components/load-states.tsx';

/** Shown while a lazily loaded page's code arrives. */
export function RouteFallback() {
  return <Loading>Loading…</Loading>;
}
