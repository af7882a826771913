import { createHmac, timingSafeEqual } from 'node:crypto';

/** What ImageKit's SDKs sign with when no expiry is asked for. */
export const NO_EXPIRY = '9999999999';

export type SignatureCheck = 'unsigned' | 'valid' | 'invalid' | 'expired';

/**
 * Checks a delivery URL signed the way ImageKit's SDKs sign (`helper.buildSrc({signed: true})`):
 * `ik-s` is the hex HMAC-SHA1, keyed with the private key, of the URL after the URL endpoint
 * and its "/" (`ik-t` and `ik-s` left out) followed by the expiry `ik-t` in unix seconds
 * (9999999999 when absent). `relativeUrl` is the path and query as the request carried them,
 * relative to the URL endpoint, e.g. `products/a.jpg?updatedAt=1&tr=w-100&ik-s=...`.
 */
export function checkUrlSignature(
  relativeUrl: string,
  privateKey: string,
  nowSeconds: number,
): SignatureCheck {
  const queryStart = relativeUrl.indexOf('?');
  const path = queryStart < 0 ? relativeUrl : relativeUrl.slice(0, queryStart);
  const pairs = queryStart < 0 ? [] : relativeUrl.slice(queryStart + 1).split('&');
  const valueOf = (name: string) =>
    pairs.find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1);
  const signature = valueOf('ik-s');
  const expiry = valueOf('ik-t');
  if (signature === undefined && expiry === undefined) return 'unsigned';
  if (signature === undefined || (expiry !== undefined && !/^\d{1,12}$/.test(expiry))) {
    return 'invalid';
  }
  const rest = pairs.filter((pair) => !pair.startsWith('ik-s=') && !pair.startsWith('ik-t='));
  const signed = `${path}${rest.length > 0 ? `?${rest.join('&')}` : ''}${expiry ?? NO_EXPIRY}`;
  const expected = createHmac('sha1', privateKey).update(signed).digest();
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  if (expiry !== undefined && Number(expiry) < nowSeconds) return 'expired';
  return 'valid';
}
