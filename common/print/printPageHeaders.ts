import { PRINT_CSP } from './printHtml';

/**
 * The headers both hosts send with a print page (common/printPage.ts): the print document's
 * own policy (no scripts, nothing loaded but its data: fonts and images), framed only by the
 * app's window, and sandboxed even when opened on its own.
 */
export const PRINT_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `${PRINT_CSP}; frame-ancestors 'self'; sandbox allow-modals allow-same-origin`,
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
