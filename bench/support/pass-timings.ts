import { percentile } from './bench-http.ts';

type GetJson = (
  pathname: string,
  query?: Record<string, string>,
) => Promise<Record<string, unknown>>;

const VIEWS: Array<[string, Record<string, string>]> = [
  ['(no filter, newest first)', {}],
  ['untagged=true', { untagged: 'true' }],
  ['region=none sort=name', { region: 'none', sort: 'name' }],
  ['folder=/products/shoes/', { folder: '/products/shoes/' }],
  ['q=red sort=-updated', { q: 'red', sort: '-updated' }],
];

const SCOPES: Array<[string, Record<string, string>]> = [
  ['(no filter: the per-tag counts)', {}],
  ['folder=/products/shoes/', { folder: '/products/shoes/' }],
  ['region=none', { region: 'none' }],
  ['untagged=false (the widest)', { untagged: 'false' }],
  ['q=red', { q: 'red' }],
];

async function time(runs: number, call: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await call();
    samples.push(performance.now() - t0);
  }
  return `${percentile(samples, 50).toFixed(1).padStart(8)}${percentile(samples, 95).toFixed(1).padStart(8)}`;
}

/**
 * What the editor's pass through a view asks of the catalog: a file's position in the view (the
 * 500th file of each view, so the count before it is not trivial) and the view's top tags.
 */
export async function timePassQueries(getJson: GetJson, runs: number): Promise<void> {
  console.log('\nGET /api/files/:id/position'.padEnd(53), 'index'.padStart(7), '  p50 ms  p95 ms');
  for (const [label, view] of VIEWS) {
    const page = await getJson('/api/files', { ...view, limit: '500' });
    const files = page.files as Array<{ fileId: string }>;
    const target = files.at(-1);
    if (!target) continue;
    const at = await getJson(`/api/files/${target.fileId}/position`, view);
    const timing = await time(runs, () => getJson(`/api/files/${target.fileId}/position`, view));
    console.log(label.padEnd(52), String(at.index).padStart(7), timing);
  }
  console.log('\nGET /api/tags/top?limit=18'.padEnd(61), '  p50 ms  p95 ms');
  for (const [label, scope] of SCOPES) {
    const timing = await time(runs, () => getJson('/api/tags/top', { ...scope, limit: '18' }));
    console.log(label.padEnd(60), timing);
  }
}
