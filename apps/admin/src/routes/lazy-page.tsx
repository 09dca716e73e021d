import { type ComponentType, createContext, lazy, type ReactNode, Suspense, useContext } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/**
 * What a screen shows while its chunk loads. The shell provides its skeleton, so that antd's Skeleton comes with
 * the shell's chunk rather than with the sign-in page.
 */
export const PageFallbackContext = createContext<ReactNode>(null);

function PageFallback() {
  return useContext(PageFallbackContext);
}

type LoadPage = () => Promise<ComponentType>;
/** Each lazy route's `handle` and the loader of its chunk. */
const preloads = new WeakMap<object, LoadPage>();

/**
 * A route whose screen is loaded on first visit (its own chunk, with the libraries only it uses), showing
 * `fallback` meanwhile. Keeps the sign-in page's download small: only the sign-in form is in the entry chunk.
 * Its `handle` lets preloadRoutes fetch the shell's and the screen's chunks side by side on the first page load.
 */
export function lazyRoute(load: LoadPage, fallback: ReactNode = <PageFallback />) {
  const Page = lazy(async () => ({ default: await load() }));
  const handle = {};
  preloads.set(handle, load);
  return {
    element: (
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    ),
    handle,
  } satisfies RouteObject;
}

/** Starts loading the chunks of every lazy route that `pathname` matches (errors show when the route renders). */
export function preloadRoutes(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const { handle }: { handle?: unknown } = match.route;
    const load = typeof handle === 'object' && handle !== null ? preloads.get(handle) : undefined;
    load?.().catch(() => undefined);
  }
}
