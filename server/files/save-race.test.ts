import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IF_MATCH_HEADER, versionTag } from '../../common/api/error-envelope.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { fileETag } from '../../common/file-version.ts';
import { listenApp } from '../testing/listen-app.ts';
import { sendRaw } from '../testing/raw-http.ts';
import { signInRaw, type RawSession } from '../testing/served-app.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let served: Awaited<ReturnType<typeof listenApp>>;
let editors: RawSession[];
beforeAll(async () => {
  t = await createTestApp();
  served = await listenApp(t.app);
  // Two editors' sessions, as two people in two browsers.
  editors = [await signInRaw(served.origin, 'editor'), await signInRaw(served.origin, 'admin')];
});
afterAll(async () => {
  await served.close();
  await t.close();
});

async function read(fileId: string) {
  const res = await fetch(`${served.origin}/api/files/${fileId}`, { headers: editors[0]!.headers });
  return { etag: res.headers.get('etag')!, file: (await res.json()) as FileDetails };
}

function save(editor: RawSession, fileId: string, ifMatch: string, tags: string[]) {
  return fetch(`${served.origin}/api/files/${fileId}/details`, {
    method: 'PATCH',
    headers: { ...editor.headers, 'content-type': 'application/json', [IF_MATCH_HEADER]: ifMatch },
    body: JSON.stringify({ tags }),
  });
}

const ROUNDS = 100;

describe('two saves with one If-Match, sent at the same moment over real HTTP', () => {
  it(`when it happens ${ROUNDS} times, then every time exactly one is saved and the other gets 412 with the file as it is now`, async () => {
    const { fileId } = await t.addImage('raced.jpg');
    const tally = { '200+412': 0, other: 0 };
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const { etag } = await read(fileId);
      const answers = await Promise.all(
        editors.map((editor, i) => save(editor, fileId, etag, [`round-${round}`, `editor-${i}`])),
      );
      const statuses = answers.map((a) => a.status).sort();
      const bodies = await Promise.all(answers.map((a) => a.json()));
      if (statuses.join('+') !== '200+412') {
        tally.other++;
        continue;
      }
      tally['200+412']++;
      const won = bodies[answers.findIndex((a) => a.status === 200)] as FileDetails;
      const lost = bodies[answers.findIndex((a) => a.status === 412)] as {
        error: { code: string };
        current: FileDetails;
      };
      expect(lost.error.code).toBe('edit_conflict');
      expect(lost.current).toEqual(won);
      expect((await t.stored(fileId)).tags).toEqual(won.tags);
    }
    const ms = performance.now() - started;
    console.log(
      `[race] ${ROUNDS} rounds of two concurrent PATCHes with one If-Match: ` +
        `${tally['200+412']} × 200+412, ${tally.other} × anything else (${(ms / ROUNDS).toFixed(1)} ms a round)`,
    );
    expect(tally).toEqual({ '200+412': ROUNDS, other: 0 });
    const saves = (await t.journal.history(fileId)).filter((e) => e.action === 'save');
    expect(saves).toHaveLength(ROUNDS);
    expect(saves.every((e) => e.status === 'applied')).toBe(true);
  }, 120_000);

  it('when the older form (the quoted updatedAt) races, then it is refused the same way', async () => {
    const { fileId } = await t.addImage('raced-old-form.jpg');
    for (let round = 0; round < 10; round++) {
      const { file } = await read(fileId);
      const answers = await Promise.all(
        editors.map((editor, i) =>
          save(editor, fileId, versionTag(file.updatedAt), [`r${round}-${i}`]),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    }
  }, 30_000);
});

describe('the version a save names', () => {
  it('when the file is read, then its ETag is strong and is the version a save may name', async () => {
    const { fileId } = await t.addImage('etag.jpg');
    const { etag, file } = await read(fileId);
    expect(etag).toBe(fileETag(file));
    expect(etag.startsWith('W/')).toBe(false);
    const saved = await save(editors[0]!, fileId, etag, ['kept']);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe(fileETag((await saved.json()) as FileDetails));
    // Raw: fetch adds `Cache-Control: no-cache` to a conditional request, which disables it.
    const again = await sendRaw(served.origin, {
      method: 'GET',
      path: `/api/files/${fileId}`,
      headers: { ...editors[0]!.headers, 'if-none-match': saved.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it.each([
    ['a weak tag', 'W/"v0000000000000000"', 412],
    ['any version', '*', 200],
    ['a list', '"a", "b"', 400],
  ])('when If-Match is %s, then %i', async (_what, ifMatch, status) => {
    const { fileId } = await t.addImage(`if-match-${status}.jpg`);
    expect((await save(editors[0]!, fileId, ifMatch, ['x'])).status).toBe(status);
  });
});
