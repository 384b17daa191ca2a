import crypto from 'node:crypto';
import { PRINT_PAGE_PREFIX } from '../../../common/printPage';

/** The page Print… prints, held for the host to serve to the window's hidden print frame (common/printPage.ts). */
export interface PrintPages {
  /** Makes `html` the page to print, in place of any before it; returns its path. */
  show(html: string): string;
  /** The page at this path, once: a second request, or a request for any other path, gets nothing. */
  take(pathname: string): string | undefined;
  clear(): void;
}

/** One page at a time: the window prints one note at a time, and a page not yet fetched is replaced. */
export function createPrintPages(newId: () => string = () => crypto.randomUUID()): PrintPages {
  let current: { path: string; html: string } | null = null;
  return {
    show(html) {
      current = { path: `${PRINT_PAGE_PREFIX}${newId()}`, html };
      return current.path;
    },
    take(pathname) {
      if (!current || current.path !== pathname) return undefined;
      const { html } = current;
      current = null;
      return html;
    },
    clear() {
      current = null;
    },
  };
}
