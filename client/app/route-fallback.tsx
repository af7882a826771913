/** Shown while a lazily loaded page's code arrives. */
export function RouteFallback() {
  return (
    <p className="state" role="status">
      Loading…
    </p>
  );
}
