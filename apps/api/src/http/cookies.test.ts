import { describe, expect, it } from 'vitest';
import { clearingCookie, readCookie, serializeCookie } from './cookies.js';

const options = { httpOnly: true, sameSite: 'lax', secure: false, path: '/' } as const;

describe('cookies', () => {
  it('reads one cookie among several, decoded, and ignores look-alikes and bad encodings', () => {
    expect(readCookie('a=1; formasi_session=abc%2Fd; b=2', 'formasi_session')).toBe('abc/d');
    expect(readCookie('xformasi_session=1; formasi_session="q"', 'formasi_session')).toBe('q');
    expect(readCookie('formasi_session=%E0%A4%A', 'formasi_session')).toBeUndefined();
    expect(readCookie(undefined, 'formasi_session')).toBeUndefined();
    expect(readCookie('other=1', 'formasi_session')).toBeUndefined();
  });

  it('writes the attributes a browser needs to keep the session cookie', () => {
    const header = serializeCookie('formasi_session', 'tok', {
      ...options,
      secure: true,
      maxAgeMs: 3_600_000,
    });
    expect(header).toMatch(
      /^formasi_session=tok; Path=\/; Max-Age=3600; Expires=.+ GMT; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(readCookie(header.split('; ')[0], 'formasi_session')).toBe('tok');
    expect(clearingCookie('formasi_session', options)).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(() => serializeCookie('bad name', 'x', options)).toThrow();
  });
});
