import { useEffect, useEffectEvent } from 'react';

export const MAX_QUICK_PICKS = 9;

interface QuickPicksProps {
  tags: readonly string[];
  value: readonly string[];
  onPick(tag: string): void;
}

const has = (value: readonly string[], tag: string) =>
  value.some((t) => t.toLowerCase() === tag.toLowerCase());

/**
 * One-key tags: chip N adds its tag on Alt+N from anywhere on the page. The key is read from
 * `code` (Digit1…), because Alt+digit types other characters on some layouts (macOS).
 */
export function QuickPicks({ tags, value, onPick }: QuickPicksProps) {
  const shown = tags.slice(0, MAX_QUICK_PICKS);
  const pick = useEffectEvent((index: number) => {
    const tag = shown[index];
    if (tag !== undefined && !has(value, tag)) onPick(tag);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (!digit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      pick(Number(digit[1]) - 1);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <ul className="quick-picks" aria-label="Quick picks: Alt and the number">
      {shown.map((tag, index) => (
        <li key={tag}>
          <button
            type="button"
            className="quick-picks__chip"
            disabled={has(value, tag)}
            // Alt+N reaches them; as Tab stops they would stand between the tags and the region.
            tabIndex={-1}
            aria-keyshortcuts={`Alt+${index + 1}`}
            onClick={() => onPick(tag)}
          >
            <kbd>{index + 1}</kbd> {tag}
          </button>
        </li>
      ))}
    </ul>
  );
}
