import fs from 'node:fs';
import { protocol } from 'electron';
import { RENDERER_CSP } from '../../common/csp';
import { APP_SCHEME } from '../../common/urls';
import { resolveStaticFile } from '../services/staticFiles';

/** Must run before the app is ready: the scheme behaves like https (secure, same-origin rules). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from brieflink://app/, and nothing outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
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
