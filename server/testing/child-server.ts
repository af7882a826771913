import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHILD_ADMIN = { username: 'admin', password: 'child-server-password' };

export interface ChildServer {
  origin: string;
  process: ChildProcess;
  /** Resolves with the signal (or exit code) once the process has ended. */
  exited: Promise<string | number | null>;
  output(): string;
}

/**
 * `server/index.ts` as its own process, as `npm start` runs it, on a free port: for tests that
 * must kill the server for real (SIGKILL) and start it again on the same DATA_DIR.
 */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  // Node itself with tsx's loader, not the tsx command: that one runs the server in a child
  // process of its own, which a SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      CATALOG_SYNC_SECONDS: '0',
      TAGCROP_ADMIN_USER: CHILD_ADMIN.username,
      TAGCROP_ADMIN_PASSWORD: CHILD_ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<string | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const origin = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /tagcrop is running at (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((how) =>
      reject(new Error(`server exited (${how}) before listening:\n${output}`)),
    );
  });
  return { origin, process: child, exited, output: () => output };
}

/** A fetch for one server's API that carries a session and its CSRF token. */
export type ChildApi = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Signs in as the child's admin at `origin`; answers a way to call any server that shares its
 * database (the one signed in at, or another instance) with that session.
 */
export async function signInAtChild(origin: string): Promise<(at?: string) => ChildApi> {
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CHILD_ADMIN),
  });
  if (res.status !== 200) throw new Error(`sign-in at ${origin} failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (at = origin) =>
    (url, init = {}) =>
      fetch(`${at}${url}`, {
        ...init,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          'content-type': 'application/json',
          ...init.headers,
        },
      });
}
