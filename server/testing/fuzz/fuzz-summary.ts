import type { RawResponse } from '../raw-http.ts';
import type { FuzzRequest } from './fuzz-request.ts';

/** `/api/files`, `/local/v1/customMetadataFields`, `/local/media`: what the counts group by. */
export function routeFamily(request: FuzzRequest): string {
  if (!request.route) return `${request.target === 'app' ? '/api' : '/local'} (no such route)`;
  const parts = request.route.split(' ')[1]!.split('/');
  if (parts[1] === 'api') return `/api/${parts[2]}`;
  if (parts[2] === 'v1') return `/local/v1/${parts[3]}`;
  return `/local/${parts[2]}`;
}

function tally<T>(items: readonly T[]): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts];
}

const statuses = (answers: readonly RawResponse[]) =>
  tally(answers.map((a) => a.status))
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

/** The run in numbers, to print with the seed that replays it. */
export function fuzzSummary(
  seed: number,
  requests: readonly FuzzRequest[],
  answers: readonly RawResponse[],
): string {
  const families = [...new Set(requests.map(routeFamily))].sort();
  const width = Math.max(...families.map((f) => f.length));
  const byFamily = families.map((family) => {
    const mine = answers.filter((_, i) => routeFamily(requests[i]!) === family);
    return `  ${family.padEnd(width)} ${String(mine.length).padStart(4)}  ${statuses(mine)}`;
  });
  const toLibrary = requests.filter((r) => r.target === 'library').length;
  return [
    `fuzz seed ${seed} (FUZZ_SEED=${seed} replays it): ${requests.length} malformed requests, ` +
      `${requests.length - toLibrary} to tagcrop, ${toLibrary} to the local library`,
    `by status: ${statuses(answers)}`,
    `5xx: ${answers.filter((a) => a.status >= 500).length}`,
    'by route family:',
    ...byFamily,
    `by kind: ${tally(requests.map((r) => r.family))
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  ].join('\n');
}
