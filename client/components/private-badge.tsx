/** Marks a private file: its image is only ever shown through short-lived signed links. */
export function PrivateBadge({ className = '' }: { className?: string }) {
  return (
    <span
      className={`badge badge--private ${className}`.trim()}
      title="Private file: shown through short-lived signed links"
    >
      Private
    </span>
  );
}
