import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// antd reads media queries (Grid, Layout.Sider breakpoints) and pseudo-element styles, which happy-dom lacks.
if (!('matchMedia' in window) || typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    }),
  });
}

const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// antd screens take a while to render on a busy two-core machine; wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
