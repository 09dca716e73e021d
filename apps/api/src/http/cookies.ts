/** Options of the cookies the API sets (only the session cookie today). */
export type CookieOptions = {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict';
  secure: boolean;
  path: string;
  /** Lifetime in milliseconds; absent for a session cookie. */
  maxAgeMs?: number;
};

const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 6265 cookie-octet: printable ASCII without space, DQUOTE, comma, semicolon and backslash.
const VALUE = /^[\u0021\u0023-\u002B\u002D-\u003A\u003C-\u005B\u005D-\u007E]*$/;

/** The value of one cookie in a Cookie header, or undefined (absent, or not valid percent-encoding). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    let value = pair.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A Set-Cookie header value. Throws for a name or value that cannot be sent as it is. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const encoded = encodeURIComponent(value);
  if (!NAME.test(name) || !VALUE.test(encoded)) throw new Error(`cannot set cookie ${name}`);
  const parts = [`${name}=${encoded}`, `Path=${options.path}`];
  if (options.maxAgeMs !== undefined) {
    const seconds = Math.floor(options.maxAgeMs / 1000);
    parts.push(`Max-Age=${seconds}`, `Expires=${new Date(Date.now() + seconds * 1000).toUTCString()}`);
  }
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  parts.push(`SameSite=${options.sameSite === 'lax' ? 'Lax' : 'Strict'}`);
  return parts.join('; ');
}

/** A Set-Cookie value that removes the cookie (an expiry in the past, as Express's clearCookie sends). */
export function clearingCookie(name: string, options: CookieOptions): string {
  return `${serializeCookie(name, '', { ...options, maxAgeMs: undefined })}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
