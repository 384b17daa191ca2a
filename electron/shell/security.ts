import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from '../../common/urls';
import { isPermissionGranted } from './permissions';

/** Opens a link in the user's browser, only for plain http(s) addresses. */
export function openExternalSafely(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function harden(contents: WebContents): void {
  // The window never leaves the app: links go to the user's browser, everything else is refused.
  const refuseNavigation = (event: Electron.Event, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalSafely(url);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Applies the security checklist to every web contents and session the app creates. */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const ses = session.defaultSession;
  // Only the app's own page, and only for the clipboard (its context menu's Cut, Copy and Paste).
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL())),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // Nothing from outside the app is fetched: the renderer only talks to its own origin.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools:') || details.url.startsWith('blob:') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}
