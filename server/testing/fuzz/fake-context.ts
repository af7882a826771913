import { ROLES, type Role } from '../../../common/api/session.ts';
import type { RawSession } from '../served-app.ts';
import type { FuzzContext } from './fuzz-routes.ts';

const session = (name: string): RawSession => ({
  cookie: `tagcrop_session=${name.padEnd(43, 'x')}`,
  csrf: `${name}-csrf`,
  headers: { cookie: `tagcrop_session=${name.padEnd(43, 'x')}`, 'X-CSRF-Token': `${name}-csrf` },
});

/** A context with made-up sessions and ids: enough to generate the suite without servers. */
export const FAKE_CONTEXT: FuzzContext = {
  fileId: 'file123',
  sessions: Object.fromEntries(ROLES.map((r) => [r, session(r)])) as Record<Role, RawSession>,
  otherEditor: session('other'),
  endedCookie: 'tagcrop_session=ended',
  origin: 'http://127.0.0.1:4000',
  library: {
    authorization: `Basic ${Buffer.from('private_key123:').toString('base64')}`,
    filePath: '/test/target.jpg',
    fieldId: 'field123',
  },
};
