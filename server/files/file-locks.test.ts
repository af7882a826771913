import { describe, expect, it } from 'vitest';
import { createProcessFileLocks } from './file-locks.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createProcessFileLocks', () => {
  it('when two holders want the same file, then the second starts after the first ends', async () => {
    const locks = createProcessFileLocks();
    const events: string[] = [];
    const hold = (name: string) =>
      locks.withFiles(['a'], async () => {
        events.push(`${name} in`);
        await tick();
        events.push(`${name} out`);
      });
    await Promise.all([hold('first'), hold('second')]);
    expect(events).toEqual(['first in', 'first out', 'second in', 'second out']);
    expect(locks.queued()).toBe(0);
  });

  it('when holders want different files, then they run at the same time', async () => {
    const locks = createProcessFileLocks();
    let inside = 0;
    let most = 0;
    const hold = (fileId: string) =>
      locks.withFiles([fileId], async () => {
        most = Math.max(most, ++inside);
        await tick();
        inside--;
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    expect(most).toBe(3);
  });

  it('when two holders want overlapping sets in opposite orders, then both finish', async () => {
    const locks = createProcessFileLocks();
    const done = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        locks.withFiles(i % 2 ? ['a', 'b', 'c'] : ['c', 'b', 'a'], async () => {
          await tick();
          return i;
        }),
      ),
    );
    expect(done).toHaveLength(20);
    expect(locks.queued()).toBe(0);
  });

  it('when the work fails, then the file is free again and the error reaches the caller', async () => {
    const locks = createProcessFileLocks();
    await expect(
      locks.withFiles(['a'], async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await locks.withFiles(['a'], async () => 'next')).toBe('next');
  });
});
