import { expect } from 'vitest';
import { specProblems, type Exchange } from './openapi-spec.ts';

/** Fails the test with every way `exchange` departs from openapi-v1.yaml. */
export function expectMatchesSpec(exchange: Exchange): void {
  expect(specProblems(exchange), `${exchange.method} ${exchange.path} ${exchange.status}`).toEqual(
    [],
  );
}
