import { naming, wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { NO_SUCH_RUN, pathTo, routeNamed, type FuzzContext } from './fuzz-routes.ts';
import type { Prng } from './prng.ts';

const BAD_RUN_IDS = ['not-a-uuid', '1', NO_SUCH_RUN.slice(0, -1), `${NO_SUCH_RUN}0`, '%2E%2E'];
const BAD_ENTRY_IDS = ['0', '-1', '1.5', 'abc', '1e3', '99999999999999999999'];

/** Odd run and journal-entry ids in the path: 400 naming the id; unknown ones 404. */
export function runIdCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  const runRoutes = ['run-get', 'run-cancel', 'run-undo'].map(routeNamed);
  const cases: FuzzRequest[] = [];
  for (const id of BAD_RUN_IDS) {
    const route = prng.pick(runRoutes);
    cases.push({
      ...wellFormed(route, prng, ctx, {
        family: 'odd id',
        label: id,
        expected: [400],
        names: id === '%2E%2E' ? /runId|not validly/ : naming('runId'),
      }),
      path: pathTo(route, ctx).replace(NO_SUCH_RUN, id),
    });
  }
  for (const route of runRoutes) {
    cases.push(
      wellFormed(route, prng, ctx, {
        family: 'unknown id',
        label: 'no such run',
        expected: [404],
        expectedCode: 'not_found',
      }),
    );
  }
  const revert = routeNamed('history-revert');
  for (const id of BAD_ENTRY_IDS) {
    cases.push({
      ...wellFormed(revert, prng, ctx, {
        family: 'odd id',
        label: id,
        expected: [400],
        names: naming('entryId'),
      }),
      path: `/api/history/${id}/revert`,
    });
  }
  cases.push(
    wellFormed(revert, prng, ctx, {
      family: 'unknown id',
      label: 'no such entry',
      expected: [404],
      expectedCode: 'not_found',
    }),
  );
  return cases;
}
