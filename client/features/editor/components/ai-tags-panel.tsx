import type { AITag } from '../../../../common/file-details.ts';

const SOURCES: Record<string, string> = {
  'google-auto-tagging': 'Google',
  'aws-auto-tagging': 'AWS',
};

interface AITagsPanelProps {
  aiTags: readonly AITag[];
  /** The user's tags: an AI tag already among them cannot be added again. */
  tags: readonly string[];
  removed: readonly string[];
  onAccept(name: string): void;
  onSetRemoved(name: string, removed: boolean): void;
  readOnly: boolean;
}

const has = (tags: readonly string[], name: string) =>
  tags.some((t) => t.toLowerCase() === name.toLowerCase());

/**
 * The tags ImageKit's auto-tagging found, kept apart from the user's own: each with how sure
 * the tagger was. Adding one makes it a tag of the user's; removing one drops it from the file
 * (`removeAITags`) when the user saves.
 */
export function AITagsPanel({
  aiTags,
  tags,
  removed,
  onAccept,
  onSetRemoved,
  readOnly,
}: AITagsPanelProps) {
  if (aiTags.length === 0) return null;
  return (
    <section className="editor__section ai-tags">
      <h2>AI tags</h2>
      <p className="hint">Found by auto-tagging. They are not your tags until you add them.</p>
      <ul className="ai-tags__list">
        {aiTags.map((tag) => {
          const isRemoved = removed.includes(tag.name);
          const isTag = has(tags, tag.name);
          return (
            <li
              key={`${tag.source}:${tag.name}`}
              className={isRemoved ? 'ai-tags__item ai-tags__item--removed' : 'ai-tags__item'}
            >
              <span className="ai-tags__name">{tag.name}</span>
              <span className="ai-tags__confidence">
                {Math.round(tag.confidence)}%<span className="visually-hidden"> sure</span>
                {SOURCES[tag.source] ? ` · ${SOURCES[tag.source]}` : ''}
              </span>
              {!readOnly && (
                <span className="ai-tags__actions">
                  {isRemoved ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => onSetRemoved(tag.name, false)}
                      aria-label={`Undo remove of AI tag ${tag.name}`}
                    >
                      Undo remove
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button"
                        disabled={isTag}
                        onClick={() => onAccept(tag.name)}
                        aria-label={
                          isTag ? `Added: ${tag.name} is a tag` : `Add ${tag.name} as a tag`
                        }
                      >
                        {isTag ? 'Added' : 'Add'}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => onSetRemoved(tag.name, true)}
                        aria-label={`Remove AI tag ${tag.name}`}
                      >
                        Remove
                      </button>
                    </>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
