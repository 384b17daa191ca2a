import { isAppUrl } from '../../common/urls';

/**
 * The only permissions the window is ever given: reading and writing the clipboard, which the
 * note's own context menu needs for Paste, Paste as plain text, Cut and Copy (the keyboard's
 * Ctrl+V and Ctrl+C need none). Everything else (camera, notifications, location, …) is refused.
 */
const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** Whether a permission asked for by a page at `requestingUrl` (a URL or an origin) is granted. */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return CLIPBOARD_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}
