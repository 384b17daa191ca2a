import fs from 'node:fs';
import { protocol } from 'electron';
import { RENDERER_CSP } from '../../common/csp';
import { APP_SCHEME } from '../../common/urls';
import { PRINT_PAGE_PREFIX } from '../../common/printPage';
import { PRINT_PAGE_HEADERS } from '../../common/print/printPageHeaders';
import { resolveStaticFile } from '../host/staticFiles';

/**
 * The scheme behaves like https (secure, same-origin rules) and keeps V8's compiled code of
 * its scripts between starts (without codeCache every start compiles the renderer again).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Serves the built renderer from brieflink://app/, and nothing outside its folder, and the page
 * Print… prints, once, at brieflink://app/print/<id> (`takePrintPage`, the back end's PrintPages).
 */
export function serveRenderer(rendererDir: string, takePrintPage: (pathname: string) => string | undefined): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host === 'app' && url.pathname.startsWith(PRINT_PAGE_PREFIX)) {
      const html = request.method === 'GET' ? takePrintPage(url.pathname) : undefined;
      return html === undefined ? new Response('Not found', { status: 404 }) : new Response(html, { headers: PRINT_PAGE_HEADERS });
    }
    const found = url.host === 'app' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(fs.readFileSync(found.file), {
      headers: {
        'Content-Type': found.contentType,
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
