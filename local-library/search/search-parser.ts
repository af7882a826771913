import type { Condition, Operator, ScalarValue, SearchNode, SearchValue } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';
import { describeToken, tokenize, type Token } from './search-tokenizer.ts';

export const MAX_QUERY_LENGTH = 10_000;
const MAX_DEPTH = 50;

/**
 * Parses a `searchQuery` into a tree; null when the query is blank.
 * Grammar: or := and (OR and)* ; and := primary (AND primary)* ;
 * primary := "(" or ")" | field operator value. AND binds tighter than OR.
 */
export function parseSearchQuery(query: string): SearchNode | null {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new SearchQueryError(`The query is longer than ${MAX_QUERY_LENGTH} characters.`);
  }
  const parser = new Parser(tokenize(query));
  if (parser.peek().type === 'end') return null;
  const node = parser.parseOr(0);
  parser.expectEnd();
  return node;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.type === 'keyword' && token.text === word;
  }

  private fail(expected: string): never {
    const token = this.peek();
    throw new SearchQueryError(
      `Expected ${expected} at position ${token.position}, found ${describeToken(token)}.`,
    );
  }

  expectEnd(): void {
    if (this.peek().type !== 'end') this.fail('AND, OR or the end of the query');
  }

  parseOr(depth: number): SearchNode {
    const children = [this.parseAnd(depth)];
    while (this.isKeyword('OR')) {
      this.next();
      children.push(this.parseAnd(depth));
    }
    return junction('or', children);
  }

  private parseAnd(depth: number): SearchNode {
    const children = [this.parsePrimary(depth)];
    while (this.isKeyword('AND')) {
      this.next();
      children.push(this.parsePrimary(depth));
    }
    return junction('and', children);
  }

  private parsePrimary(depth: number): SearchNode {
    if (this.peek().type === '(') {
      if (depth >= MAX_DEPTH) {
        throw new SearchQueryError(`Parentheses are nested deeper than ${MAX_DEPTH} levels.`);
      }
      this.next();
      const node = this.parseOr(depth + 1);
      if (this.peek().type !== ')') this.fail('")"');
      this.next();
      return node;
    }
    return this.parseCondition();
  }

  private parseCondition(): Condition {
    const fieldToken = this.peek();
    if (fieldToken.type !== 'word' && fieldToken.type !== 'string') {
      this.fail('a field name or "("');
    }
    this.next();
    const field = fieldToken.text;
    const operator = this.parseOperator(field);
    if (operator === 'EXISTS' || operator === 'NOT EXISTS') {
      return { kind: 'condition', field, operator, value: null };
    }
    const value: SearchValue =
      operator === 'IN' || operator === 'NOT IN' ? this.parseList() : this.parseScalar();
    return { kind: 'condition', field, operator, value };
  }

  private parseOperator(field: string): Operator {
    const token = this.peek();
    if (token.type === 'operator') {
      this.next();
      return token.text as Operator;
    }
    if (token.type === 'keyword' && ['IN', 'HAS', 'EXISTS'].includes(token.text)) {
      this.next();
      return token.text as Operator;
    }
    if (this.isKeyword('NOT')) {
      this.next();
      const after = this.peek();
      if (after.type === 'operator' && after.text === '=') {
        this.next();
        return 'NOT =';
      }
      if (after.type === 'keyword' && (after.text === 'IN' || after.text === 'EXISTS')) {
        this.next();
        return after.text === 'IN' ? 'NOT IN' : 'NOT EXISTS';
      }
      this.fail('"=", "IN" or "EXISTS" after NOT');
    }
    return this.fail(`an operator after "${field}"`);
  }

  private parseList(): SearchValue {
    if (this.peek().type !== '[') this.fail('a list such as ["a", "b"]');
    this.next();
    const items = [this.parseScalar()];
    while (this.peek().type === ',') {
      this.next();
      items.push(this.parseScalar());
    }
    if (this.peek().type !== ']') this.fail('"," or "]"');
    this.next();
    return { kind: 'list', items };
  }

  private parseScalar(): ScalarValue {
    const token = this.peek();
    if (token.type === 'string') {
      this.next();
      return { kind: 'string', value: token.text };
    }
    if (token.type === 'word') {
      this.next();
      return scalarFromWord(token.text);
    }
    return this.fail('a value');
  }
}

function scalarFromWord(word: string): ScalarValue {
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(word)) return { kind: 'number', value: Number(word) };
  if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true' };
  return { kind: 'word', value: word };
}

/** Nested junctions of the same kind are flattened, so the tree has one shape per meaning. */
function junction(kind: 'and' | 'or', children: SearchNode[]): SearchNode {
  if (children.length === 1) return children[0]!;
  return {
    kind,
    children: children.flatMap((child) => (child.kind === kind ? child.children : [child])),
  };
}
