import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Each test makes several round trips through the app to the library over HTTP; on a busy
// machine that takes longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const state = (tags: string[]) => ({
  tags,
  customCoordinates: null,
  description: '',
  customMetadata: {},
});

describe('saves the last process left on their way', () => {
  it('when the server starts again, then each is read back and recorded as made or not', async () => {
    const made = await t.addImage('made.jpg', undefined, ['a']);
    const lost = await t.addImage('lost.jpg', undefined, ['a']);
    const pending = async (fileId: string) =>
      t.journal.begin({
        fileId,
        user: 'editor',
        action: 'save',
        before: state(['a']),
        after: state(['a', 'b']),
      });
    const madeEntry = await pending(made.fileId);
    const lostEntry = await pending(lost.fileId);
    // The first call reached ImageKit before the process died; the second never did.
    await t.direct.files.update(made.fileId, { tags: ['a', 'b'] });

    await t.resumeWork();

    expect(await t.journal.entry(madeEntry)).toMatchObject({
      status: 'applied',
      after: { tags: ['a', 'b'] },
    });
    expect((await t.journal.entry(lostEntry))!.status).toBe('failed');
    expect((await t.journal.entry(lostEntry))!.message).toMatch(/was not made/);
  });
});
