import { type IncomingMessage, type ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * Security headers with a same-origin CSP: the admin and GraphiQL load nothing from elsewhere. antd injects
 * its CSS-in-JS as <style> tags and GraphiQL's editor runs web workers, hence 'unsafe-inline' styles and blob: workers.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The same headers as a fixed list, for the GraphQL handler that serves without Express: helmet's answer does not
 * depend on the request, so it is taken once from a recording response.
 */
export function securityHeaderList(): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  securityHeaders()({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return [...headers];
}
