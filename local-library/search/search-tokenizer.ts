import { SearchQueryError } from './search-ast.ts';

export type TokenType =
  'string' | 'word' | 'operator' | 'keyword' | '(' | ')' | '[' | ']' | ',' | 'end';

export interface Token {
  type: TokenType;
  /** Unescaped text for strings, upper case for keywords. */
  text: string;
  /** 1-based column, for error messages a person can act on. */
  position: number;
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'HAS', 'EXISTS']);
const PUNCTUATION = new Set(['(', ')', '[', ']', ',']);
const WORD_CHAR = /[A-Za-z0-9_.+-]/;

export function describeToken(token: Token): string {
  return token.type === 'end' ? 'the end of the query' : `"${token.text}"`;
}

/** Splits a query into tokens; strings are double-quoted, with `\"` and `\\` as escapes. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query.charAt(i);
    const position = i + 1;
    if (/\s/.test(c)) {
      i += 1;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ type: c as TokenType, text: c, position });
      i += 1;
    } else if (c === '"') {
      const [text, next] = readString(query, i);
      tokens.push({ type: 'string', text, position });
      i = next;
    } else if (c === '<' || c === '>') {
      const text = query.charAt(i + 1) === '=' ? `${c}=` : c;
      tokens.push({ type: 'operator', text, position });
      i += text.length;
    } else if (c === '=' || c === ':') {
      tokens.push({ type: 'operator', text: c, position });
      i += 1;
    } else if (WORD_CHAR.test(c)) {
      let end = i;
      while (end < query.length && continuesWord(query, i, end)) end += 1;
      const word = query.slice(i, end);
      const upper = word.toUpperCase();
      tokens.push(
        KEYWORDS.has(upper)
          ? { type: 'keyword', text: upper, position }
          : { type: 'word', text: word, position },
      );
      i = end;
    } else {
      throw new SearchQueryError(`Unexpected character "${c}" at position ${position}.`);
    }
  }
  tokens.push({ type: 'end', text: '', position: query.length + 1 });
  return tokens;
}

/**
 * Whether the character at `end` belongs to the word starting at `start`. A word that starts with
 * a digit may hold ":" between digits, so unquoted times (`createdAt < 2020-01-01T12:12:12`)
 * stay one value, while `name:"a"` still splits at the operator.
 */
function continuesWord(query: string, start: number, end: number): boolean {
  const c = query.charAt(end);
  if (WORD_CHAR.test(c)) return true;
  return (
    c === ':' &&
    /\d/.test(query.charAt(start)) &&
    /\d/.test(query.charAt(end - 1)) &&
    /\d/.test(query.charAt(end + 1))
  );
}

function readString(query: string, start: number): [string, number] {
  let text = '';
  let i = start + 1;
  while (i < query.length) {
    const c = query.charAt(i);
    if (c === '"') return [text, i + 1];
    if (c === '\\' && i + 1 < query.length) {
      text += query.charAt(i + 1);
      i += 2;
    } else {
      text += c;
      i += 1;
    }
  }
  throw new SearchQueryError(`The string starting at position ${start + 1} has no closing quote.`);
}
