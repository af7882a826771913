const MAX_CHIPS = 3;

interface TagChipsProps {
  tags: readonly string[];
  /** Reachable by Tab only on the grid's active card. */
  tabIndex: number;
  onTagClick(tag: string): void;
}

/** A card's first tags as buttons that filter the library by them; the rest as "+N". */
export function TagChips({ tags, tabIndex, onTagClick }: TagChipsProps) {
  const hidden = tags.length - MAX_CHIPS;
  return (
    <span className="file-card__chips">
      {tags.slice(0, MAX_CHIPS).map((tag) => (
        <button
          key={tag}
          type="button"
          className="chip chip--button"
          tabIndex={tabIndex}
          aria-label={`Filter by tag ${tag}`}
          title={`Show only images tagged “${tag}”`}
          onClick={() => onTagClick(tag)}
        >
          {tag}
        </button>
      ))}
      {hidden > 0 && (
        <span className="chip chip--more" title={tags.slice(MAX_CHIPS).join(', ')}>
          +{hidden}
        </span>
      )}
    </span>
  );
}
