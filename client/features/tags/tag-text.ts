import { normalizeTag } from '../../../common/tags.ts';
import { newTagProblem } from './tag-problems.ts';

/** Commas, line breaks and tabs (a spreadsheet row) separate tags in typed or pasted text. */
const SEPARATORS = /[,\n\r\t]+/;

export function hasSeparator(text: string): boolean {
  return SEPARATORS.test(text);
}

/** "red, blue\ngreen" → ["red", "blue", "green"]: trimmed, empty parts dropped. */
export function splitTagText(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map(normalizeTag)
    .filter((part) => part !== '');
}

export interface TagAdditions {
  /** The tags to add, in order, spelled as they will be saved. */
  added: string[];
  /** Parts that cannot be added, each with the reason. */
  refused: Array<{ text: string; problem: string }>;
}

/**
 * Which of `parts` can join `current`, one after the other (so a repeat within the parts is
 * refused too). `spellingOf` gives the library's spelling of a known tag, so "Sale" becomes the
 * library's "sale" instead of starting a second vocabulary.
 */
export function planAdditions(
  parts: readonly string[],
  current: readonly string[],
  spellingOf: (tag: string) => string = (tag) => tag,
): TagAdditions {
  const added: string[] = [];
  const refused: TagAdditions['refused'] = [];
  for (const part of parts) {
    const tag = spellingOf(part);
    const problem = newTagProblem(tag, [...current, ...added]);
    if (problem) refused.push({ text: part, problem });
    else added.push(tag);
  }
  return { added, refused };
}

/** One line for everything refused, e.g. `Cannot add "50%off": Tags cannot contain "%".` */
export function refusalMessage(refused: TagAdditions['refused']): string | null {
  if (refused.length === 0) return null;
  return refused.map(({ text, problem }) => `Cannot add "${text}": ${problem}`).join(' ');
}
